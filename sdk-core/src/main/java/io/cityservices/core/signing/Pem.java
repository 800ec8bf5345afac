package io.cityservices.core.signing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads and writes PEM text (RFC 7468). Stateless. */
final class Pem {

  private Pem() {}

  /**
   * Extracts the DER bytes of the first block with the given label.
   *
   * @throws IllegalArgumentException if there is no such block or its base64 is malformed; the
   *     message never contains the key text
   */
  static byte[] decode(String pem, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int start = pem.indexOf(begin);
    // The end marker is searched after the whole begin marker: the two may share dashes.
    int stop = start < 0 ? -1 : pem.indexOf(end, start + begin.length());
    if (start < 0 || stop < 0) {
      throw new IllegalArgumentException("expected a PEM block labelled " + label);
    }
    String body = pem.substring(start + begin.length(), stop);
    try {
      return Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      // The cause would quote the offending input, which may be key material.
      throw new IllegalArgumentException("malformed base64 in PEM block " + label);
    }
  }

  /** Encodes DER bytes as a PEM block with 64-character lines. */
  static String encode(String label, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
  }
}

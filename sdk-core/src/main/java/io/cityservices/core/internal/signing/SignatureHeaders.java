package io.cityservices.core.internal.signing;

import java.util.Objects;

/**
 * The two header values a signer produces. When the message already carried signatures, these values
 * contain the earlier members too, so the caller replaces (not appends) both headers.
 *
 * @param signatureInput the {@code Signature-Input} value, e.g. {@code sig1=("@method");created=1;keyid="k"}
 * @param signature the {@code Signature} value, e.g. {@code sig1=:base64:}
 */
public record SignatureHeaders(String signatureInput, String signature) {

  /** The {@code Signature-Input} header name. */
  public static final String SIGNATURE_INPUT = "Signature-Input";
  /** The {@code Signature} header name. */
  public static final String SIGNATURE = "Signature";

  /**
   * Validates that both values are present.
   *
   * @param signatureInput the {@code Signature-Input} value; not null
   * @param signature the {@code Signature} value; not null
   * @throws NullPointerException if a value is null
   */
  public SignatureHeaders {
    Objects.requireNonNull(signatureInput, "signatureInput");
    Objects.requireNonNull(signature, "signature");
  }
}

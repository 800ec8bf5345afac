package io.cityservices.testkit.socialinsurance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A requested certificate; ready once the sandbox clock reaches {@link #readyAt}, unless failed. */
final class CertificateRecord {
  /** How long the agency takes to produce and sign a certificate. */
  static final Duration PRODUCTION_TIME = Duration.ofSeconds(5);

  final String id;
  final String citizenId;
  final String city;
  final List<String> insuranceTypes;
  final YearMonth from;
  final YearMonth to;
  final Instant requestedAt;
  final Instant readyAt;
  boolean failed;
  boolean announced;

  CertificateRecord(String id, String citizenId, String city, List<String> insuranceTypes, YearMonth from, YearMonth to,
      Instant requestedAt) {
    this.id = id;
    this.citizenId = citizenId;
    this.city = city;
    this.insuranceTypes = List.copyOf(insuranceTypes);
    this.from = from;
    this.to = to;
    this.requestedAt = requestedAt;
    this.readyAt = requestedAt.plus(PRODUCTION_TIME);
  }

  String status(Instant now) {
    if (failed) {
      return "FAILED";
    }
    return now.isBefore(readyAt) ? "PENDING" : "READY";
  }

  Views.Certificate view(Instant now) {
    String status = status(now);
    boolean ready = status.equals("READY");
    return new Views.Certificate(id, status, insuranceTypes, from, to, requestedAt.atOffset(Seeder.CHINA),
        ready ? readyAt.atOffset(Seeder.CHINA) : null, ready ? "application/pdf" : null,
        ready ? (long) document().length : null);
  }

  /**
   * The signed certificate as a small, well-formed PDF: one page stating the certificate number, the
   * types and the period. Deterministic, so tests can compare downloads.
   */
  byte[] document() {
    String text = "Certificate " + id + " types " + String.join(",", insuranceTypes) + " period " + from + " to " + to;
    String stream = "BT /F1 12 Tf 50 750 Td (" + text + ") Tj ET";
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }
}

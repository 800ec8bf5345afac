package io.cityservices.socialinsurance;

import java.util.Arrays;
import java.util.Objects;

/**
 * A downloaded proof-of-insurance certificate: the signed PDF's bytes. The document is personal data
 * (it names the person and their employers): {@link #toString()} shows only its size and type.
 */
public final class CertificateDocument {
  private final String certificateId;
  private final String contentType;
  private final byte[] content;

  /**
   * Made by the SDK after checking the content type, size and digest.
   *
   * @param certificateId the certificate's id
   * @param contentType the document's media type
   * @param content the document's bytes; copied
   */
  public CertificateDocument(String certificateId, String contentType, byte[] content) {
    this.certificateId = Objects.requireNonNull(certificateId, "certificateId");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = Objects.requireNonNull(content, "content").clone();
  }

  /**
   * The certificate's id.
   *
   * @return the id, as in {@link Certificate#id()}
   */
  public String certificateId() {
    return certificateId;
  }

  /**
   * The media type, {@code application/pdf}.
   *
   * @return the media type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * A copy of the document's bytes.
   *
   * @return a new array on every call; changing it does not change the document
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * The document's size in bytes.
   *
   * @return the length of the content
   */
  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CertificateDocument d && d.certificateId.equals(certificateId)
        && d.contentType.equals(contentType) && Arrays.equals(d.content, content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(certificateId, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "CertificateDocument[certificateId=" + certificateId + ", contentType=" + contentType + ", size="
        + content.length + "]";
  }
}

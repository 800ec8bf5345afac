package io.cityservices.socialinsurance.internal;

/**
 * The wire form of a certificate download: the platform's JSON envelope, which keeps a PDF inside the
 * signed, digested JSON exchange every other call uses.
 *
 * @param certificateId the certificate's id
 * @param contentType the document's media type
 * @param size the document's size in bytes
 * @param sha256 the lower-case hex SHA-256 digest of the document
 * @param content the document, base64 in JSON
 */
// A wire record read once by Jackson and handed on: nobody compares or hashes it.
@SuppressWarnings("ArrayRecordComponent")
record CertificateDocumentBody(String certificateId, String contentType, long size, String sha256, byte[] content) {}

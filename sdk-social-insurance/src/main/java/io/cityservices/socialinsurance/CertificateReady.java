package io.cityservices.socialinsurance;

/**
 * The data of {@code social_insurance.certificate.ready}: a requested certificate can be downloaded.
 *
 * @param citizenId the platform's id of the citizen
 * @param certificateId the certificate's id
 * @param size the document's size in bytes
 */
public record CertificateReady(String citizenId, String certificateId, long size) {}

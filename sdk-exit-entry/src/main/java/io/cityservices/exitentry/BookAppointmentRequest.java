package io.cityservices.exitentry;

import io.cityservices.core.model.ResidentIdNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Books a slot to apply for a document. Build one with {@link #builder(String, DocumentType,
 * ServiceType)}. The applicant is the citizen acted for unless {@code applicantIdNumber} names
 * another person (a child); an applicant under 16 must come with a guardian, named by {@code
 * guardianIdNumber}, or the platform refuses with {@link GuardianRequiredException}.
 *
 * <p>The fields that depend on each other are checked when the request is sent, and every broken one
 * is named in one {@code ValidationException} before anything is sent: {@code documentType} or {@code
 * serviceType} set to {@code UNKNOWN}; {@code endorsementType} missing for an endorsement, given for
 * another service or for a passport; {@code guardianIdNumber} equal to the applicant's.
 *
 * @param slotId the slot to book
 * @param documentType the document applied for
 * @param serviceType the service asked for
 * @param endorsementType the endorsement; required for, and only for, {@link ServiceType#ENDORSEMENT};
 *     null otherwise
 * @param applicantIdNumber the applicant's identity number, or null for the citizen acted for
 * @param guardianIdNumber the accompanying guardian's identity number, or null
 */
public record BookAppointmentRequest(
    @NotBlank String slotId,
    @NotNull DocumentType documentType,
    @NotNull ServiceType serviceType,
    @Nullable EndorsementType endorsementType,
    @Nullable ResidentIdNumber applicantIdNumber,
    @Nullable ResidentIdNumber guardianIdNumber) {

  /**
   * A builder for booking {@code slotId} to apply for {@code serviceType} of {@code documentType}.
   *
   * @param slotId the slot to book, as listed by the slots API
   * @param documentType the document applied for
   * @param serviceType the service asked for: first issue, renewal, replacement or endorsement
   * @return a builder with no applicant, guardian or endorsement set
   */
  public static Builder builder(String slotId, DocumentType documentType, ServiceType serviceType) {
    return new Builder(slotId, documentType, serviceType);
  }

  /** Builds a {@link BookAppointmentRequest}. */
  public static final class Builder {
    private final String slotId;
    private final DocumentType documentType;
    private final ServiceType serviceType;
    private @Nullable EndorsementType endorsementType;
    private @Nullable ResidentIdNumber applicantIdNumber;
    private @Nullable ResidentIdNumber guardianIdNumber;

    private Builder(String slotId, DocumentType documentType, ServiceType serviceType) {
      this.slotId = slotId;
      this.documentType = documentType;
      this.serviceType = serviceType;
    }

    /**
     * The endorsement asked for (with {@link ServiceType#ENDORSEMENT}).
     *
     * @param endorsementType the endorsement to put on the permit; only with {@link
     *     ServiceType#ENDORSEMENT}
     * @return this builder
     */
    public Builder endorsementType(EndorsementType endorsementType) {
      this.endorsementType = endorsementType;
      return this;
    }

    /**
     * Another applicant than the citizen acted for, e.g. a child.
     *
     * @param idNumber the applicant's resident identity number
     * @return this builder
     */
    public Builder applicant(ResidentIdNumber idNumber) {
      this.applicantIdNumber = idNumber;
      return this;
    }

    /**
     * The guardian who comes with an applicant under 16.
     *
     * @param idNumber the accompanying guardian's resident identity number; not the applicant's
     * @return this builder
     */
    public Builder guardian(ResidentIdNumber idNumber) {
      this.guardianIdNumber = idNumber;
      return this;
    }

    /**
     * Builds the request; its fields are checked when it is sent.
     *
     * @return the request
     */
    public BookAppointmentRequest build() {
      return new BookAppointmentRequest(
          slotId, documentType, serviceType, endorsementType, applicantIdNumber, guardianIdNumber);
    }
  }
}

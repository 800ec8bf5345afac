package io.cityservices.exitentry;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.ResidentIdNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * Books a slot to apply for a document. Build one with {@link #builder(String, DocumentType,
 * ServiceType)}. The applicant is the citizen acted for unless {@code applicantIdNumber} names
 * another person (a child); an applicant under 16 must come with a guardian, named by {@code
 * guardianIdNumber}, or the platform refuses with {@link GuardianRequiredException}.
 *
 * @param slotId the slot to book
 * @param documentType the document applied for
 * @param serviceType the service asked for
 * @param endorsementType the endorsement; required for, and only for, {@link ServiceType#ENDORSEMENT}
 * @param applicantIdNumber the applicant's identity number, or null for the citizen acted for
 * @param guardianIdNumber the accompanying guardian's identity number, or null
 */
public record BookAppointmentRequest(
    @NotBlank String slotId,
    @NotNull DocumentType documentType,
    @NotNull ServiceType serviceType,
    EndorsementType endorsementType,
    ResidentIdNumber applicantIdNumber,
    ResidentIdNumber guardianIdNumber) {

  /**
   * Checks the fields that depend on each other.
   *
   * @throws ValidationException naming every broken field: {@code document_type} or {@code
   *     service_type} set to {@code UNKNOWN}; {@code endorsement_type} missing for an endorsement,
   *     given for another service or for a passport; {@code guardian_id_number} equal to the
   *     applicant's
   */
  public BookAppointmentRequest {
    List<FieldViolation> violations = new ArrayList<>();
    if (documentType == DocumentType.UNKNOWN) {
      violations.add(new FieldViolation("document_type", "must be a known document type"));
    }
    if (serviceType == ServiceType.UNKNOWN) {
      violations.add(new FieldViolation("service_type", "must be a known service type"));
    }
    if (serviceType == ServiceType.ENDORSEMENT) {
      if (endorsementType == null || endorsementType == EndorsementType.UNKNOWN) {
        violations.add(new FieldViolation("endorsement_type", "is required for an endorsement"));
      } else if (documentType != null && !documentType.takesEndorsements()) {
        violations.add(new FieldViolation("endorsement_type", "is issued on permits only, not on a passport"));
      }
    } else if (endorsementType != null) {
      violations.add(new FieldViolation("endorsement_type", "is only for the ENDORSEMENT service"));
    }
    if (guardianIdNumber != null && guardianIdNumber.equals(applicantIdNumber)) {
      violations.add(new FieldViolation("guardian_id_number", "must not be the applicant"));
    }
    if (!violations.isEmpty()) {
      throw ValidationException.clientSide(violations);
    }
  }

  /** A builder for booking {@code slotId} to apply for {@code serviceType} of {@code documentType}. */
  public static Builder builder(String slotId, DocumentType documentType, ServiceType serviceType) {
    return new Builder(slotId, documentType, serviceType);
  }

  /** Builds a {@link BookAppointmentRequest}. */
  public static final class Builder {
    private final String slotId;
    private final DocumentType documentType;
    private final ServiceType serviceType;
    private EndorsementType endorsementType;
    private ResidentIdNumber applicantIdNumber;
    private ResidentIdNumber guardianIdNumber;

    private Builder(String slotId, DocumentType documentType, ServiceType serviceType) {
      this.slotId = slotId;
      this.documentType = documentType;
      this.serviceType = serviceType;
    }

    /** The endorsement asked for (with {@link ServiceType#ENDORSEMENT}). */
    public Builder endorsementType(EndorsementType endorsementType) {
      this.endorsementType = endorsementType;
      return this;
    }

    /** Another applicant than the citizen acted for, e.g. a child. */
    public Builder applicant(ResidentIdNumber idNumber) {
      this.applicantIdNumber = idNumber;
      return this;
    }

    /** The guardian who comes with an applicant under 16. */
    public Builder guardian(ResidentIdNumber idNumber) {
      this.guardianIdNumber = idNumber;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws ValidationException as {@link BookAppointmentRequest#BookAppointmentRequest} does
     */
    public BookAppointmentRequest build() {
      return new BookAppointmentRequest(
          slotId, documentType, serviceType, endorsementType, applicantIdNumber, guardianIdNumber);
    }
  }
}

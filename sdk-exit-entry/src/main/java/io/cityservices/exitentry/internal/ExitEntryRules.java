package io.cityservices.exitentry.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.exitentry.BookAppointmentRequest;
import io.cityservices.exitentry.DocumentType;
import io.cityservices.exitentry.EndorsementType;
import io.cityservices.exitentry.ServiceType;
import java.util.ArrayList;
import java.util.List;

/**
 * The exit-entry rules the annotations cannot express. Each returns the broken rules, naming fields
 * by their Java names; the request builder hands them to {@code ApiRequest.Builder.violations}, and
 * core reports them with every other broken field in one {@code ValidationException}, before
 * anything is sent.
 */
final class ExitEntryRules {

  private ExitEntryRules() {}

  /** The fields of a {@link BookAppointmentRequest} that depend on each other; empty when it can be sent. */
  static List<FieldViolation> book(BookAppointmentRequest r) {
    List<FieldViolation> violations = new ArrayList<>();
    if (r.documentType() == DocumentType.UNKNOWN) {
      violations.add(new FieldViolation("documentType", "must be a known document type"));
    }
    if (r.serviceType() == ServiceType.UNKNOWN) {
      violations.add(new FieldViolation("serviceType", "must be a known service type"));
    }
    if (r.serviceType() == ServiceType.ENDORSEMENT) {
      if (r.endorsementType() == null || r.endorsementType() == EndorsementType.UNKNOWN) {
        violations.add(new FieldViolation("endorsementType", "is required for an endorsement"));
      } else if (r.documentType() != null && !r.documentType().takesEndorsements()) {
        violations.add(new FieldViolation("endorsementType", "is issued on permits only, not on a passport"));
      }
    } else if (r.endorsementType() != null) {
      violations.add(new FieldViolation("endorsementType", "is only for the ENDORSEMENT service"));
    }
    if (r.guardianIdNumber() != null && r.guardianIdNumber().equals(r.applicantIdNumber())) {
      violations.add(new FieldViolation("guardianIdNumber", "must not be the applicant"));
    }
    return violations;
  }
}

package io.cityservices.socialinsurance.fhir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.socialinsurance.InsuranceType;
import io.cityservices.socialinsurance.MedicalInsurance;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Converts {@link MedicalInsurance} to a FHIR R4 {@code Coverage} as FHIR JSON text (read it with any
 * JSON library), so that partners can hand it to FHIR systems without a FHIR
 * library, as sdk-health's {@code FhirR4Mapper} does for hospitals and appointments.
 *
 * <p>Mapping: {@code status} is {@code active} while insured and {@code cancelled} once suspended or
 * terminated ({@code draft} for a status this SDK does not know); {@code type} carries the {@code
 * AAE140} code and the v3-ActCode {@code PUBLICPOL} (public healthcare); {@code subscriberId}, the
 * beneficiary's identifier and {@code relationship} {@code self} say that the insured person holds
 * the coverage; {@code payor} is the medical insurance agency of the insured place (by its GB/T 2260
 * code); {@code period.start} is when the enrolment began; {@code class} carries the person type.
 *
 * <p><b>Personal data.</b> A FHIR system matches coverage by the social security number, so the
 * Coverage carries it in clear (as the subscriber id and the beneficiary's identifier). It is
 * personal information: send it only to the FHIR system it is for, over an authenticated channel,
 * and never log it. The account balance is not mapped.
 *
 * <p>Stateless and thread-safe.
 */
public final class CoverageMapper {

  /** A mapper; it holds no state, so one can be shared. */
  public CoverageMapper() {}

  /** The identifier system of resident identity numbers (GB 11643), the social security number. */
  public static final String RESIDENT_ID_SYSTEM = "https://id.cityservices.io/resident-id";
  /** The code system of the MOHRSS insurance-type codes ({@code AAE140}). */
  public static final String INSURANCE_TYPE_SYSTEM = "https://id.cityservices.io/aae140";
  /** The identifier system of GB/T 2260 administrative division codes. */
  public static final String DIVISION_SYSTEM = "https://id.cityservices.io/gb-t-2260";
  /** The code system of the person types. */
  public static final String PERSON_TYPE_SYSTEM = "https://id.cityservices.io/medical-person-type";

  private static final String ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  private static final String RELATIONSHIP_SYSTEM = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
  private static final String CLASS_SYSTEM = "http://terminology.hl7.org/CodeSystem/coverage-class";

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  /**
   * A Coverage for {@code insurance}.
   *
   * @param id the resource id to give it, or null for none
   * @param insurance the medical insurance to map; its social security number must be present
   * @return the Coverage resource as JSON text
   * @throws NullPointerException when {@code insurance} or its social security number is null
   */
  public String coverage(MedicalInsurance insurance, String id) {
    Objects.requireNonNull(insurance, "insurance");
    String ssn = Objects.requireNonNull(insurance.socialSecurityNumber(), "socialSecurityNumber").value();
    ObjectNode c = nodes.objectNode();
    c.put("resourceType", "Coverage");
    if (id != null) {
      c.put("id", id);
    }
    c.putArray("identifier").add(identifier(RESIDENT_ID_SYSTEM, ssn));
    c.put("status", status(insurance));
    ObjectNode type = c.putObject("type");
    InsuranceType t = insurance.insuranceType();
    type.putArray("coding")
        .add(coding(INSURANCE_TYPE_SYSTEM, insurance.insuranceTypeCode(), display(t)))
        .add(coding(ACT_CODE_SYSTEM, "PUBLICPOL", "public healthcare"));
    c.put("subscriberId", ssn);
    c.putObject("beneficiary").set("identifier", identifier(RESIDENT_ID_SYSTEM, ssn));
    c.putObject("relationship").putArray("coding").add(coding(RELATIONSHIP_SYSTEM, "self", "Self"));
    if (insurance.insuredSince() != null) {
      c.putObject("period").put("start", insurance.insuredSince().toString());
    }
    if (insurance.insuredPlace() != null) {
      ObjectNode payor = c.putArray("payor").addObject();
      payor.set("identifier", identifier(DIVISION_SYSTEM, insurance.insuredPlace().value()));
      payor.put("display", "医疗保障经办机构 " + insurance.insuredPlace().value());
    }
    if (insurance.personType() != null) {
      ObjectNode cls = c.putArray("class").addObject();
      cls.putObject("type").putArray("coding").add(coding(CLASS_SYSTEM, "plan", "Plan"));
      cls.put("value", insurance.personType().name());
    }
    return c.toString();
  }

  private static String status(MedicalInsurance insurance) {
    if (insurance.status() == null) {
      return "draft";
    }
    return switch (insurance.status()) {
      case INSURED -> "active";
      case SUSPENDED, TERMINATED -> "cancelled";
      case UNKNOWN -> "draft";
    };
  }

  private static @Nullable String display(InsuranceType type) {
    return switch (type) {
      case EMPLOYEE_MEDICAL -> "职工基本医疗保险";
      case RESIDENT_MEDICAL -> "城乡居民基本医疗保险";
      default -> null;
    };
  }

  private ObjectNode identifier(String system, String value) {
    ObjectNode id = nodes.objectNode();
    id.put("system", system);
    id.put("value", value);
    return id;
  }

  private ObjectNode coding(String system, String code, @Nullable String display) {
    ObjectNode coding = nodes.objectNode();
    coding.put("system", system);
    coding.put("code", code);
    if (display != null) {
      coding.put("display", display);
    }
    return coding;
  }
}

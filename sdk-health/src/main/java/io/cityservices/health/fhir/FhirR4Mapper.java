package io.cityservices.health.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.model.Address;
import io.cityservices.health.Appointment;
import io.cityservices.health.AppointmentStatus;
import io.cityservices.health.CancellationReason;
import io.cityservices.health.Department;
import io.cityservices.health.Doctor;
import io.cityservices.health.Hospital;
import io.cityservices.health.Patient;
import io.cityservices.health.Slot;
import io.cityservices.health.VisitCard;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Converts the SDK's health records to FHIR R4 resources as FHIR JSON text, so that partners can
 * hand them to FHIR systems without a FHIR library: {@link Hospital} to Organization, {@link Doctor} to
 * Practitioner and PractitionerRole, a doctor's or department's clinic to Schedule, {@link Slot} to Slot, {@link
 * Patient} to Patient and {@link Appointment} to Appointment.
 *
 * <p>The R4 invariants are kept: an Appointment has {@code start} and {@code end} both or neither
 * (app-3), and a {@code cancelationReason} only when cancelled or no-show (app-4).
 *
 * <p><b>Personal data.</b> A FHIR Patient is meant for a FHIR system, which needs the real
 * identifiers to match records, so {@link #patient(Patient)} writes the resident identity number,
 * name and phone in clear. The result is personal health information: send it only to the FHIR
 * system it is for, over an authenticated channel, and never log it.
 *
 * <p>Stateless and thread-safe.
 */
public final class FhirR4Mapper {

  /** The identifier system of unified social credit codes (GB 32100). */
  public static final String USCC_SYSTEM = "https://id.cityservices.io/uscc";
  /** The identifier system of resident identity numbers (GB 11643). */
  public static final String RESIDENT_ID_SYSTEM = "https://id.cityservices.io/resident-id";
  /** The identifier system of the platform's own ids (hospitals, doctors, slots, ...). */
  public static final String PLATFORM_ID_SYSTEM = "https://id.cityservices.io/platform";
  /** The identifier system of visit card numbers; the card type is appended, e.g. {@code .../HOSPITAL_CARD}. */
  public static final String VISIT_CARD_SYSTEM = "https://id.cityservices.io/visit-card/";

  private static final String ORG_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/organization-type";
  private static final String REASON_SYSTEM = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  /** A mapper; it holds no state, so one instance can serve every thread. */
  public FhirR4Mapper() {}

  /**
   * An Organization: id, USCC identifier, {@code prov} type, name, phone and address.
   *
   * @param hospital the hospital to map
   * @return an Organization resource as JSON
   */
  public String organization(Hospital hospital) {
    Objects.requireNonNull(hospital, "hospital");
    ObjectNode org = resource("Organization", hospital.id());
    ArrayNode identifiers = org.putArray("identifier");
    if (hospital.creditCode() != null) {
      identifiers.add(identifier(USCC_SYSTEM, hospital.creditCode().value()));
    }
    identifiers.add(identifier(PLATFORM_ID_SYSTEM, hospital.id()));
    org.put("active", true);
    org.putArray("type").addObject().putArray("coding").add(coding(ORG_TYPE_SYSTEM, "prov", "Healthcare Provider"));
    org.put("name", hospital.name());
    if (hospital.phone() != null) {
      org.putArray("telecom").add(telecom("phone", hospital.phone(), "work"));
    }
    if (hospital.address() != null) {
      org.putArray("address").add(address(hospital.address()));
    }
    return org.toString();
  }

  /**
   * A Practitioner: id, platform identifier, name (as text) and the title as a qualification.
   *
   * @param doctor the doctor to map
   * @return a Practitioner resource as JSON
   */
  public String practitioner(Doctor doctor) {
    Objects.requireNonNull(doctor, "doctor");
    ObjectNode p = resource("Practitioner", doctor.id());
    p.putArray("identifier").add(identifier(PLATFORM_ID_SYSTEM, doctor.id()));
    p.put("active", true);
    p.putArray("name").addObject().put("text", doctor.name());
    if (doctor.title() != null) {
      ObjectNode code = p.putArray("qualification").addObject().putObject("code");
      code.putArray("coding").add(coding(PLATFORM_ID_SYSTEM + "/doctor-title", doctor.title().name(), doctor.title().label()));
      code.put("text", doctor.title().label());
    }
    return p.toString();
  }

  /**
   * A PractitionerRole linking the doctor to the hospital, with the specialties as text.
   *
   * @param doctor the doctor to map
   * @return a PractitionerRole resource as JSON
   */
  public String practitionerRole(Doctor doctor) {
    Objects.requireNonNull(doctor, "doctor");
    ObjectNode role = resource("PractitionerRole", roleId(doctor.id()));
    role.put("active", true);
    role.set("practitioner", reference("Practitioner", doctor.id()));
    role.set("organization", reference("Organization", doctor.hospitalId()));
    if (doctor.title() != null) {
      role.putArray("code").addObject().put("text", doctor.title().label());
    }
    ArrayNode specialties = role.putArray("specialty");
    doctor.specialties().forEach(s -> specialties.addObject().put("text", s));
    return role.toString();
  }

  /**
   * A Schedule of the doctor's clinic over a planning horizon, the container of the doctor's Slots
   * (whose {@code schedule} points at it).
   *
   * @param doctor the doctor to map
   * @param horizonStart the start of the period the schedule covers
   * @param horizonEnd the end of the period the schedule covers
   * @return a Schedule resource as JSON
   */
  public String schedule(Doctor doctor, OffsetDateTime horizonStart, OffsetDateTime horizonEnd) {
    Objects.requireNonNull(doctor, "doctor");
    ObjectNode schedule = resource("Schedule", scheduleId(doctor.id()));
    schedule.put("active", true);
    ArrayNode actors = schedule.putArray("actor");
    actors.add(reference("Practitioner", doctor.id()));
    actors.add(reference("PractitionerRole", roleId(doctor.id())));
    planningHorizon(schedule, horizonStart, horizonEnd);
    return schedule.toString();
  }

  /**
   * A Schedule of a department's clinic without a named doctor (普通门诊), whose actor is the department
   * as a HealthcareService; the Slots of that clinic point at it.
   *
   * @param department the department whose clinics the schedule describes
   * @param horizonStart the start of the period the schedule covers
   * @param horizonEnd the end of the period the schedule covers
   * @return a Schedule resource as JSON
   */
  public String schedule(Department department, OffsetDateTime horizonStart, OffsetDateTime horizonEnd) {
    Objects.requireNonNull(department, "department");
    ObjectNode schedule = resource("Schedule", scheduleId(department.id()));
    schedule.put("active", true);
    schedule.putArray("actor").add(reference("HealthcareService", department.id()));
    planningHorizon(schedule, horizonStart, horizonEnd);
    return schedule.toString();
  }

  private static void planningHorizon(ObjectNode schedule, OffsetDateTime start, OffsetDateTime end) {
    if (start != null && end != null) {
      ObjectNode horizon = schedule.putObject("planningHorizon");
      horizon.put("start", INSTANT.format(start));
      horizon.put("end", INSTANT.format(end));
    }
  }

  /**
   * A Slot: the schedule it belongs to (the doctor's, or the department's for a clinic without a named
   * doctor), status {@code free}, {@code busy} (full), {@code busy-unavailable} (suspended or passed)
   * or {@code busy-tentative} (unknown), start, end, and the remaining capacity in {@code comment}.
   *
   * @param slot the slot to map
   * @return a Slot resource as JSON
   */
  public String slot(Slot slot) {
    Objects.requireNonNull(slot, "slot");
    ObjectNode s = resource("Slot", slot.id());
    s.putArray("identifier").add(identifier(PLATFORM_ID_SYSTEM, slot.id()));
    s.set("schedule", reference("Schedule", scheduleId(slot.doctorId() != null ? slot.doctorId() : slot.departmentId())));
    s.put("status", slotStatus(slot));
    s.put("start", INSTANT.format(slot.start()));
    s.put("end", INSTANT.format(slot.end()));
    s.put("comment", slot.remainingCapacity() + " of " + slot.capacity() + " places free");
    return s.toString();
  }

  private static String slotStatus(Slot slot) {
    return switch (slot.status()) {
      case FREE -> slot.remainingCapacity() > 0 ? "free" : "busy";
      case BUSY -> "busy";
      case SUSPENDED, EXPIRED -> "busy-unavailable";
      case UNKNOWN -> "busy-tentative";
    };
  }

  /**
   * A Patient: the resident identity number (in clear: see the class comment) and visit cards as
   * identifiers, name, mobile phone, and gender and birth date as the identity number records them.
   *
   * @param patient the patient to map; the result carries their identity number, name and phone in
   *     clear
   * @return a Patient resource as JSON
   */
  public String patient(Patient patient) {
    Objects.requireNonNull(patient, "patient");
    ObjectNode p = resource("Patient", patient.id());
    ArrayNode identifiers = p.putArray("identifier");
    if (patient.idNumber() != null) {
      ObjectNode id = identifier(RESIDENT_ID_SYSTEM, patient.idNumber().value());
      id.put("use", "official");
      identifiers.add(id);
    }
    for (VisitCard card : patient.visitCards()) {
      identifiers.add(identifier(VISIT_CARD_SYSTEM + card.type().name(), card.number()));
    }
    p.put("active", true);
    if (patient.name() != null) {
      ObjectNode name = p.putArray("name").addObject();
      name.put("use", "official");
      name.put("text", patient.name().value());
    }
    if (patient.phone() != null) {
      p.putArray("telecom").add(telecom("phone", patient.phone().value(), "mobile"));
    }
    if (patient.idNumber() != null) {
      p.put("gender", switch (patient.idNumber().sex()) {
        case MALE -> "male";
        case FEMALE -> "female";
      });
      p.put("birthDate", patient.idNumber().birthDate().toString());
    }
    return p.toString();
  }

  /**
   * An Appointment with its R4 status, start and end (both or neither), the cancellation reason only
   * when cancelled or no-show, the slot, and participants: the patient, the doctor (when named) and
   * the department as a HealthcareService, each {@code accepted}.
   *
   * @param appointment the appointment to map; it names the patient by id only
   * @return an Appointment resource as JSON
   */
  public String appointment(Appointment appointment) {
    Objects.requireNonNull(appointment, "appointment");
    ObjectNode a = resource("Appointment", appointment.id());
    a.putArray("identifier").add(identifier(PLATFORM_ID_SYSTEM, appointment.id()));
    AppointmentStatus status = appointment.status() == null ? AppointmentStatus.UNKNOWN : appointment.status();
    a.put("status", appointmentStatus(status));
    CancellationReason cancellation = appointment.cancellationReason();
    if ((status == AppointmentStatus.CANCELLED || status == AppointmentStatus.NO_SHOW) && cancellation != null) {
      ObjectNode reason = a.putObject("cancelationReason");
      reason.putArray("coding").add(coding(REASON_SYSTEM, cancellationCode(cancellation), cancellation.name()));
    }
    if (appointment.start() != null && appointment.end() != null) {
      a.put("start", INSTANT.format(appointment.start()));
      a.put("end", INSTANT.format(appointment.end()));
    }
    if (appointment.createdAt() != null) {
      a.put("created", INSTANT.format(appointment.createdAt()));
    }
    if (appointment.slotId() != null) {
      a.putArray("slot").add(reference("Slot", appointment.slotId()));
    }
    ArrayNode participants = a.putArray("participant");
    participants.add(participant(reference("Patient", appointment.patientId())));
    if (appointment.doctorId() != null) {
      participants.add(participant(reference("Practitioner", appointment.doctorId())));
    }
    // R4 allows no Organization as a participant: the department takes part as a HealthcareService.
    participants.add(participant(reference("HealthcareService", appointment.departmentId())));
    return a.toString();
  }

  /**
   * The R4 {@code AppointmentStatus} code of {@code status}.
   *
   * @param status the status to filter on
   * @return the FHIR {@code Appointment.status} code, e.g. {@code booked}
   */
  public static String appointmentStatus(AppointmentStatus status) {
    return switch (status) {
      case PENDING_PAYMENT -> "pending";
      case BOOKED -> "booked";
      case CHECKED_IN -> "arrived";
      case FULFILLED -> "fulfilled";
      case CANCELLED, EXPIRED -> "cancelled";
      case NO_SHOW -> "noshow";
      case WAITLIST -> "waitlist";
      case UNKNOWN -> "entered-in-error";
    };
  }

  private static String cancellationCode(CancellationReason reason) {
    return switch (reason) {
      case PATIENT_REQUEST -> "pat";
      case CLINIC_SUSPENDED -> "prov";
      case UNKNOWN -> "oth";
    };
  }

  private ObjectNode participant(ObjectNode actor) {
    ObjectNode p = nodes.objectNode();
    p.set("actor", actor);
    p.put("required", "required");
    p.put("status", "accepted");
    return p;
  }

  private ObjectNode resource(String type, String id) {
    ObjectNode r = nodes.objectNode();
    r.put("resourceType", type);
    r.put("id", id);
    return r;
  }

  private ObjectNode identifier(String system, String value) {
    ObjectNode id = nodes.objectNode();
    id.put("system", system);
    id.put("value", value);
    return id;
  }

  private ObjectNode coding(String system, String code, String display) {
    ObjectNode c = nodes.objectNode();
    c.put("system", system);
    c.put("code", code);
    c.put("display", display);
    return c;
  }

  private ObjectNode telecom(String system, String value, String use) {
    ObjectNode t = nodes.objectNode();
    t.put("system", system);
    t.put("value", value);
    t.put("use", use);
    return t;
  }

  private ObjectNode reference(String type, String id) {
    ObjectNode ref = nodes.objectNode();
    ref.put("reference", type + "/" + id);
    return ref;
  }

  private ObjectNode address(Address address) {
    ObjectNode a = nodes.objectNode();
    a.put("use", "work");
    a.put("type", "physical");
    a.putArray("line").add(address.street());
    a.put("city", address.city());
    a.put("district", address.district());
    a.put("state", address.province());
    if (address.postcode() != null) {
      a.put("postalCode", address.postcode());
    }
    a.put("country", "CN");
    return a;
  }

  private static String roleId(String doctorId) {
    return doctorId + "-role";
  }

  private static String scheduleId(String ownerId) {
    return "schedule-" + ownerId;
  }
}

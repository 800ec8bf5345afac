package io.cityservices.health.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.model.Address;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.model.UnifiedSocialCreditCode;
import io.cityservices.health.Appointment;
import io.cityservices.health.AppointmentStatus;
import io.cityservices.health.CancellationReason;
import io.cityservices.health.Doctor;
import io.cityservices.health.DoctorTitle;
import io.cityservices.health.Hospital;
import io.cityservices.health.HospitalLevel;
import io.cityservices.health.Patient;
import io.cityservices.health.RegistrationLevel;
import io.cityservices.health.Relationship;
import io.cityservices.health.Slot;
import io.cityservices.health.SlotPeriod;
import io.cityservices.health.SlotStatus;
import io.cityservices.health.VisitCard;
import io.cityservices.health.VisitCardType;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FhirR4MapperTest {
  static final OffsetDateTime START = OffsetDateTime.parse("2026-12-01T08:00:00+08:00");
  static final OffsetDateTime END = OffsetDateTime.parse("2026-12-01T11:30:00+08:00");
  static final String USCC = validCreditCode();

  final FhirR4Mapper fhir = new FhirR4Mapper();

  static String validCreditCode() {
    for (char orgCheck : "0123456789X".toCharArray()) {
      for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
        try {
          return UnifiedSocialCreditCode.of("1231010642502603" + orgCheck + check).value();
        } catch (IllegalArgumentException wrong) {
          // one pair is valid
        }
      }
    }
    throw new IllegalStateException();
  }

  static Hospital hospital() {
    return new Hospital("h-1", "复旦大学附属华山医院", HospitalLevel.GRADE_3A,
        Address.of("上海市", "上海市", "静安区", "乌鲁木齐中路12号", "200040"), GeoPoint.of(31.2166, 121.4445),
        UnifiedSocialCreditCode.of(USCC), "310106", "021-52889999");
  }

  static Doctor doctor() {
    return new Doctor("dr-1", "h-1", "d-2", "李建国", DoctorTitle.CHIEF, List.of("高血压", "冠心病"));
  }

  static Slot slot(String doctorId, SlotStatus status, int remaining) {
    return new Slot("s-1", "h-1", "d-2", doctorId, START, END, SlotPeriod.MORNING, RegistrationLevel.EXPERT, Money.cny(5000),
        20, remaining, status);
  }

  static Appointment appointment(AppointmentStatus status, CancellationReason reason, OffsetDateTime start, OffsetDateTime end) {
    return new Appointment("apt-1", "p-2", "h-1", "d-2", "dr-1", "s-1", start, end, status, Money.cny(5000), 7,
        OffsetDateTime.parse("2026-11-27T10:00:00+08:00"), reason, null, null);
  }

  @Test
  void organization() {
    ObjectNode org = tree(fhir.organization(hospital()));

    assertThat(org.get("resourceType").asText()).isEqualTo("Organization");
    assertThat(org.get("id").asText()).isEqualTo("h-1");
    assertThat(org.get("identifier")).hasSize(2);
    assertThat(org.at("/identifier/0/system").asText()).isEqualTo(FhirR4Mapper.USCC_SYSTEM);
    assertThat(org.at("/identifier/0/value").asText()).isEqualTo(USCC);
    assertThat(org.at("/identifier/1/system").asText()).isEqualTo(FhirR4Mapper.PLATFORM_ID_SYSTEM);
    assertThat(org.at("/identifier/1/value").asText()).isEqualTo("h-1");
    assertThat(org.get("active").asBoolean()).isTrue();
    assertThat(org.at("/type/0/coding/0/system").asText()).isEqualTo("http://terminology.hl7.org/CodeSystem/organization-type");
    assertThat(org.at("/type/0/coding/0/code").asText()).isEqualTo("prov");
    assertThat(org.get("name").asText()).isEqualTo("复旦大学附属华山医院");
    assertThat(org.at("/telecom/0/system").asText()).isEqualTo("phone");
    assertThat(org.at("/telecom/0/value").asText()).isEqualTo("021-52889999");
    assertThat(org.at("/telecom/0/use").asText()).isEqualTo("work");
    JsonNode address = org.at("/address/0");
    assertThat(address.get("use").asText()).isEqualTo("work");
    assertThat(address.get("type").asText()).isEqualTo("physical");
    assertThat(address.at("/line/0").asText()).isEqualTo("乌鲁木齐中路12号");
    assertThat(address.get("city").asText()).isEqualTo("上海市");
    assertThat(address.get("district").asText()).isEqualTo("静安区");
    assertThat(address.get("state").asText()).isEqualTo("上海市");
    assertThat(address.get("postalCode").asText()).isEqualTo("200040");
    assertThat(address.get("country").asText()).isEqualTo("CN");
    assertThat(org.size()).isEqualTo(8);
  }

  @Test
  void practitioner() {
    ObjectNode p = tree(fhir.practitioner(doctor()));

    assertThat(p.get("resourceType").asText()).isEqualTo("Practitioner");
    assertThat(p.get("id").asText()).isEqualTo("dr-1");
    assertThat(p.at("/identifier/0/system").asText()).isEqualTo(FhirR4Mapper.PLATFORM_ID_SYSTEM);
    assertThat(p.at("/identifier/0/value").asText()).isEqualTo("dr-1");
    assertThat(p.get("active").asBoolean()).isTrue();
    assertThat(p.at("/name/0/text").asText()).isEqualTo("李建国");
    assertThat(p.at("/qualification/0/code/coding/0/code").asText()).isEqualTo("CHIEF");
    assertThat(p.at("/qualification/0/code/coding/0/display").asText()).isEqualTo("主任医师");
    assertThat(p.at("/qualification/0/code/text").asText()).isEqualTo("主任医师");
    assertThat(p.size()).isEqualTo(6);
  }

  @Test
  void practitionerRole() {
    ObjectNode role = tree(fhir.practitionerRole(doctor()));

    assertThat(role.get("resourceType").asText()).isEqualTo("PractitionerRole");
    assertThat(role.get("id").asText()).isEqualTo("dr-1-role");
    assertThat(role.get("active").asBoolean()).isTrue();
    assertThat(role.at("/practitioner/reference").asText()).isEqualTo("Practitioner/dr-1");
    assertThat(role.at("/organization/reference").asText()).isEqualTo("Organization/h-1");
    assertThat(role.at("/code/0/text").asText()).isEqualTo("主任医师");
    assertThat(role.get("specialty")).hasSize(2);
    assertThat(role.at("/specialty/0/text").asText()).isEqualTo("高血压");
    assertThat(role.at("/specialty/1/text").asText()).isEqualTo("冠心病");
  }

  @Test
  void schedule() {
    ObjectNode s = tree(fhir.schedule(doctor(), START, END.plusDays(13)));

    assertThat(s.get("resourceType").asText()).isEqualTo("Schedule");
    assertThat(s.get("id").asText()).isEqualTo("schedule-dr-1");
    assertThat(s.get("active").asBoolean()).isTrue();
    assertThat(s.at("/actor/0/reference").asText()).isEqualTo("Practitioner/dr-1");
    assertThat(s.at("/actor/1/reference").asText()).isEqualTo("PractitionerRole/dr-1-role");
    assertThat(s.at("/planningHorizon/start").asText()).isEqualTo("2026-12-01T08:00:00+08:00");
    assertThat(s.at("/planningHorizon/end").asText()).isEqualTo("2026-12-14T11:30:00+08:00");
    assertThat(tree(fhir.schedule(doctor(), null, null)).has("planningHorizon")).isFalse();
  }

  @Test
  void departmentSchedule() {
    ObjectNode s = tree(fhir.schedule(new io.cityservices.health.Department("d-2", "h-1", "心血管内科", "d-1", null), START, END));

    assertThat(s.get("resourceType").asText()).isEqualTo("Schedule");
    assertThat(s.get("id").asText()).isEqualTo("schedule-d-2");
    assertThat(s.get("active").asBoolean()).isTrue();
    assertThat(s.get("actor")).hasSize(1);
    assertThat(s.at("/actor/0/reference").asText()).isEqualTo("HealthcareService/d-2");
    assertThat(s.at("/planningHorizon/start").asText()).isEqualTo("2026-12-01T08:00:00+08:00");
    assertThat(s.at("/planningHorizon/end").asText()).isEqualTo("2026-12-01T11:30:00+08:00");
  }

  @Test
  void slotPointsAtItsSchedule() {
    ObjectNode s = tree(fhir.slot(slot("dr-1", SlotStatus.FREE, 3)));

    assertThat(s.get("resourceType").asText()).isEqualTo("Slot");
    assertThat(s.get("id").asText()).isEqualTo("s-1");
    assertThat(s.at("/identifier/0/value").asText()).isEqualTo("s-1");
    assertThat(s.at("/schedule/reference").asText()).isEqualTo("Schedule/schedule-dr-1");
    assertThat(s.get("status").asText()).isEqualTo("free");
    assertThat(s.get("start").asText()).isEqualTo("2026-12-01T08:00:00+08:00");
    assertThat(s.get("end").asText()).isEqualTo("2026-12-01T11:30:00+08:00");
    assertThat(s.get("comment").asText()).isEqualTo("3 of 20 places free");
    assertThat(tree(fhir.slot(slot(null, SlotStatus.FREE, 3))).at("/schedule/reference").asText()).isEqualTo("Schedule/schedule-d-2");
  }

  @ParameterizedTest
  @CsvSource({"FREE,3,free", "FREE,0,busy", "BUSY,0,busy", "SUSPENDED,5,busy-unavailable", "EXPIRED,5,busy-unavailable",
      "UNKNOWN,5,busy-tentative"})
  void slotStatus(SlotStatus status, int remaining, String fhirStatus) {
    assertThat(tree(fhir.slot(slot("dr-1", status, remaining))).get("status").asText()).isEqualTo(fhirStatus);
  }

  @Test
  void patientCarriesTheIdentifiersAndGenderFromTheIdNumber() {
    Patient patient = new Patient("p-2", PersonName.of("王小明"), ResidentIdNumber.of("310115201503070021"), Relationship.CHILD,
        PhoneNumber.of("13812345678"), List.of(VisitCard.of(VisitCardType.MEDICAL_INSURANCE, "310115201503070001")));

    ObjectNode p = tree(fhir.patient(patient));

    assertThat(p.get("resourceType").asText()).isEqualTo("Patient");
    assertThat(p.get("id").asText()).isEqualTo("p-2");
    assertThat(p.at("/identifier/0/system").asText()).isEqualTo(FhirR4Mapper.RESIDENT_ID_SYSTEM);
    assertThat(p.at("/identifier/0/value").asText()).isEqualTo("310115201503070021");
    assertThat(p.at("/identifier/0/use").asText()).isEqualTo("official");
    assertThat(p.at("/identifier/1/system").asText()).isEqualTo(FhirR4Mapper.VISIT_CARD_SYSTEM + "MEDICAL_INSURANCE");
    assertThat(p.at("/identifier/1/value").asText()).isEqualTo("310115201503070001");
    assertThat(p.get("active").asBoolean()).isTrue();
    assertThat(p.at("/name/0/use").asText()).isEqualTo("official");
    assertThat(p.at("/name/0/text").asText()).isEqualTo("王小明");
    assertThat(p.at("/telecom/0/system").asText()).isEqualTo("phone");
    assertThat(p.at("/telecom/0/value").asText()).isEqualTo("13812345678");
    assertThat(p.at("/telecom/0/use").asText()).isEqualTo("mobile");
    assertThat(p.get("gender").asText()).isEqualTo("female");
    assertThat(p.get("birthDate").asText()).isEqualTo("2015-03-07");
    assertThat(p.size()).isEqualTo(8);

    Patient man = new Patient("p-1", PersonName.of("王建国"), ResidentIdNumber.of("310104198005120010"), Relationship.SELF,
        PhoneNumber.of("13912345678"), List.of());
    assertThat(tree(fhir.patient(man)).get("gender").asText()).isEqualTo("male");
    assertThat(tree(fhir.patient(man)).get("identifier")).hasSize(1);
  }

  @Test
  void bookedAppointment() {
    ObjectNode a = tree(fhir.appointment(appointment(AppointmentStatus.BOOKED, null, START, END)));

    assertThat(a.get("resourceType").asText()).isEqualTo("Appointment");
    assertThat(a.get("id").asText()).isEqualTo("apt-1");
    assertThat(a.at("/identifier/0/value").asText()).isEqualTo("apt-1");
    assertThat(a.get("status").asText()).isEqualTo("booked");
    assertThat(a.has("cancelationReason")).isFalse();
    assertThat(a.get("start").asText()).isEqualTo("2026-12-01T08:00:00+08:00");
    assertThat(a.get("end").asText()).isEqualTo("2026-12-01T11:30:00+08:00");
    assertThat(a.get("created").asText()).isEqualTo("2026-11-27T10:00:00+08:00");
    assertThat(a.at("/slot/0/reference").asText()).isEqualTo("Slot/s-1");
    assertThat(a.get("participant")).hasSize(3);
    assertThat(a.at("/participant/0/actor/reference").asText()).isEqualTo("Patient/p-2");
    assertThat(a.at("/participant/1/actor/reference").asText()).isEqualTo("Practitioner/dr-1");
    assertThat(a.at("/participant/2/actor/reference").asText()).isEqualTo("HealthcareService/d-2");
    assertThat(a.get("participant")).allSatisfy(p -> {
      assertThat(p.get("status").asText()).isEqualTo("accepted");
      assertThat(p.get("required").asText()).isEqualTo("required");
    });
  }

  @ParameterizedTest
  @CsvSource({"PENDING_PAYMENT,pending", "BOOKED,booked", "CHECKED_IN,arrived", "FULFILLED,fulfilled", "CANCELLED,cancelled",
      "NO_SHOW,noshow", "EXPIRED,cancelled", "WAITLIST,waitlist", "UNKNOWN,entered-in-error"})
  void appointmentStatusCodes(AppointmentStatus status, String code) {
    assertThat(FhirR4Mapper.appointmentStatus(status)).isEqualTo(code);
    assertThat(tree(fhir.appointment(appointment(status, null, START, END))).get("status").asText()).isEqualTo(code);
  }

  @Test
  void cancelationReasonOnlyWhenCancelledOrNoShow() {
    ObjectNode cancelled = tree(fhir.appointment(appointment(AppointmentStatus.CANCELLED, CancellationReason.CLINIC_SUSPENDED, START, END)));
    assertThat(cancelled.at("/cancelationReason/coding/0/system").asText())
        .isEqualTo("http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason");
    assertThat(cancelled.at("/cancelationReason/coding/0/code").asText()).isEqualTo("prov");
    assertThat(tree(fhir.appointment(appointment(AppointmentStatus.CANCELLED, CancellationReason.PATIENT_REQUEST, START, END)))
        .at("/cancelationReason/coding/0/code").asText()).isEqualTo("pat");
    assertThat(tree(fhir.appointment(appointment(AppointmentStatus.NO_SHOW, CancellationReason.UNKNOWN, START, END)))
        .at("/cancelationReason/coding/0/code").asText()).isEqualTo("oth");
    // A reason on a booked appointment would break R4's app-4 invariant: it is left out.
    assertThat(tree(fhir.appointment(appointment(AppointmentStatus.BOOKED, CancellationReason.PATIENT_REQUEST, START, END)))
        .has("cancelationReason")).isFalse();
  }

  @Test
  void startAndEndBothOrNeither() {
    ObjectNode onlyStart = tree(fhir.appointment(appointment(AppointmentStatus.WAITLIST, null, START, null)));
    assertThat(onlyStart.has("start")).isFalse();
    assertThat(onlyStart.has("end")).isFalse();
    ObjectNode none = tree(fhir.appointment(appointment(AppointmentStatus.WAITLIST, null, null, null)));
    assertThat(none.has("start")).isFalse();
    assertThat(none.has("end")).isFalse();
  }

  @Test
  void departmentClinicAppointmentHasNoPractitioner() {
    Appointment a = new Appointment("apt-2", "p-2", "h-1", "d-2", null, "s-9", START, END, AppointmentStatus.BOOKED,
        Money.cny(2500), null, null, null, null, null);
    ObjectNode node = tree(fhir.appointment(a));
    assertThat(node.get("participant")).hasSize(2);
    assertThat(node.at("/participant/1/actor/reference").asText()).isEqualTo("HealthcareService/d-2");
    assertThat(node.has("created")).isFalse();
  }

  /** The mapper writes JSON text; the assertions walk it as a tree. */
  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
    }
  }
}

package io.cityservices.examples;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.health.Appointment;
import io.cityservices.health.AppointmentQuery;
import io.cityservices.health.AppointmentStatus;
import io.cityservices.health.BookAppointmentRequest;
import io.cityservices.health.CancellationCutoffPassedException;
import io.cityservices.health.Department;
import io.cityservices.health.Doctor;
import io.cityservices.health.HealthClient;
import io.cityservices.health.Hospital;
import io.cityservices.health.HospitalLevel;
import io.cityservices.health.HospitalQuery;
import io.cityservices.health.Patient;
import io.cityservices.health.Slot;
import io.cityservices.health.SlotQuery;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.health.fhir.FhirR4Mapper;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The health journey: find a 三级甲等 hospital with a cardiology department, pick a doctor, see the free
 * slots, book one for the citizen, see the place taken, cancel and get the fee back.
 */
public final class HealthJourney {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private HealthJourney() {}

  /** Runs the health journey against the sandbox, or the platform the environment names. */
  public static void main(String[] args) {
    ExampleEnvironment.run("Health journey", (env, out) -> run(env.client(), env.citizen(), out));
  }

  /** Runs the journey for {@code citizen} in the client's default city, printing to {@code out}. */
  public static void run(CityServices client, CitizenToken citizen, PrintStream out) {
    HealthClient health = HealthClient.create(client);
    RequestOptions asCitizen = RequestOptions.forCitizen(citizen);

    out.println("== Health: find a hospital, book a registration, cancel it ==");
    List<Hospital> hospitals = health.hospitals()
        .list(HospitalQuery.builder().level(HospitalLevel.GRADE_3A).department("心血管").build(), RequestOptions.none())
        .data();
    out.printf("%d %s hospitals with cardiology in %s%n", hospitals.size(), HospitalLevel.GRADE_3A.label(), health.city());
    Hospital hospital = hospitals.get(0);
    out.printf("  %s, %s %s (credit code %s)%n", hospital.name(), hospital.address().district(),
        hospital.level().label(), hospital.creditCode());

    Department cardiology = health.hospitals().departments(hospital.id(), RequestOptions.none()).stream()
        .filter(d -> d.name().contains("心血管")).findFirst().orElseThrow();
    List<Doctor> doctors = health.hospitals().doctors(hospital.id(), cardiology.id(), RequestOptions.none());
    doctors.forEach(d -> out.printf("  doctor %s, %s, specialises in %s%n", d.name(), d.title().label(), d.specialties()));

    LocalDate from = LocalDate.now(CHINA).plusDays(2);
    Slot slot = health.slots()
        .listAll(SlotQuery.builder(hospital.id()).departmentId(cardiology.id()).from(from).to(from.plusDays(6)).build(),
            RequestOptions.none())
        .stream().filter(Slot::isBookable).findFirst().orElseThrow();
    out.printf("Free slot %s %s, %s, fee %s, %d of %d places left%n",
        WHEN.format(slot.start().atZoneSameInstant(CHINA)), slot.period(), slot.registrationLevel(),
        slot.fee().toDisplayString(), slot.remainingCapacity(), slot.capacity());

    Patient self = health.patients().list(asCitizen).stream().filter(Patient::isSelf).findFirst().orElseThrow();
    out.println("Booking for " + self.name() + " (" + self.idNumber() + ")"); // both mask themselves

    Appointment booked;
    try {
      booked = health.appointments().book(BookAppointmentRequest.of(slot, self.id()), asCitizen);
    } catch (SlotUnavailableException gone) {
      out.println("Someone took the last place first: " + gone.getMessage());
      return;
    }
    out.printf("Booked %s: %s, queue number %d, paid %s%n", booked.id(), booked.status(), booked.queueNumber(),
        booked.fee().toDisplayString());
    out.println("Places left now: " + placesLeft(health, slot));
    out.println("As FHIR R4: " + ExampleEnvironment.fhirMember(new FhirR4Mapper().appointment(booked), "status") + " Appointment");

    try {
      Appointment cancelled = health.appointments().cancel(booked.id(), asCitizen);
      out.printf("Cancelled: %s, refund %s %s%n", cancelled.status(), cancelled.refund().status(),
          cancelled.refund().amount().toDisplayString());
    } catch (CancellationCutoffPassedException tooLate) {
      out.println(tooLate.getMessage());
    }
    out.println("Places left after cancelling: " + placesLeft(health, slot));
    out.println("Booked registrations now: "
        + health.appointments().list(AppointmentQuery.withStatus(AppointmentStatus.BOOKED), asCitizen).data().size());
  }

  private static int placesLeft(HealthClient health, Slot slot) {
    LocalDate day = slot.start().atZoneSameInstant(CHINA).toLocalDate();
    return health.slots()
        .listAll(SlotQuery.builder(slot.hospitalId()).departmentId(slot.departmentId()).from(day).to(day).build(),
            RequestOptions.none())
        .stream().filter(s -> s.id().equals(slot.id())).findFirst().orElseThrow().remainingCapacity();
  }
}

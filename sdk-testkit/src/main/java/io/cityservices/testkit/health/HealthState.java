package io.cityservices.testkit.health;

import io.cityservices.core.model.Money;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.SandboxProblem;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The changing part of the health platform: slots and their capacity, patients and appointments. Every
 * method holds the one lock, so capacity stays exact under concurrent bookings.
 */
final class HealthState {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** How many days of slots are published, today included. */
  static final int HORIZON_DAYS = 14;
  /** A booking can be cancelled until this long before the slot starts. */
  static final Duration CANCELLATION_CUTOFF = Duration.ofHours(24);

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Set<String> FAMILY = Set.of("SPOUSE", "CHILD", "PARENT", "OTHER");

  private record Session(String period, LocalTime start, LocalTime end) {}

  private static final Session MORNING = new Session("MORNING", LocalTime.of(8, 0), LocalTime.of(11, 30));
  private static final Session AFTERNOON = new Session("AFTERNOON", LocalTime.of(13, 30), LocalTime.of(17, 0));
  private static final Session EVENING = new Session("EVENING", LocalTime.of(18, 0), LocalTime.of(20, 30));

  private final HealthCatalog catalog;
  private final Clock clock;
  private final Map<String, SlotState> slots = new LinkedHashMap<>();
  private final Map<String, List<PatientRecord>> patients = new LinkedHashMap<>();
  private final Map<String, AppointmentState> appointments = new LinkedHashMap<>();
  private long sequence;

  HealthState(HealthCatalog catalog, Clock clock, RandomGenerator random) {
    this.catalog = catalog;
    this.clock = clock;
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    for (String city : List.of("310000", "330100", "440300")) {
      for (HospitalRecord hospital : catalog.hospitals(city)) {
        seedSlots(city, hospital, today, random);
      }
    }
  }

  private void seedSlots(String city, HospitalRecord hospital, LocalDate today, RandomGenerator random) {
    long generalFee = hospital.level().startsWith("GRADE_3") ? 2500 : 1500;
    for (DepartmentRecord clinic : catalog.clinics(hospital.id())) {
      List<DoctorRecord> doctors = catalog.doctors(hospital.id()).stream()
          .filter(d -> d.departmentId().equals(clinic.id())).toList();
      List<Set<DayOfWeek>> workdays = new ArrayList<>();
      List<Session> sessions = new ArrayList<>();
      for (int i = 0; i < doctors.size(); i++) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        while (days.size() < 3) {
          days.add(DayOfWeek.of(1 + random.nextInt(7)));
        }
        workdays.add(days);
        sessions.add(random.nextBoolean() ? MORNING : AFTERNOON);
      }
      for (int day = 0; day < HORIZON_DAYS; day++) {
        LocalDate date = today.plusDays(day);
        add(city, clinic, null, date, MORNING, "GENERAL", Money.cny(generalFee), 30);
        add(city, clinic, null, date, AFTERNOON, "GENERAL", Money.cny(generalFee), 30);
        for (int i = 0; i < doctors.size(); i++) {
          DoctorRecord doctor = doctors.get(i);
          if (!workdays.get(i).contains(date.getDayOfWeek())) {
            continue;
          }
          boolean senior = doctor.title().equals("CHIEF") || doctor.title().equals("ASSOCIATE_CHIEF");
          add(city, clinic, doctor, date, sessions.get(i), senior ? "EXPERT" : "GENERAL",
              Money.cny(expertFee(doctor.title())), 10 + random.nextInt(11));
          if (doctor.title().equals("CHIEF") && date.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
            add(city, clinic, doctor, date, EVENING, "SPECIAL_NEEDS", Money.cny(30000), 5);
          }
        }
      }
    }
  }

  private static long expertFee(String title) {
    return switch (title) {
      case "CHIEF" -> 5000;
      case "ASSOCIATE_CHIEF" -> 3500;
      case "ATTENDING" -> 2500;
      default -> 1500;
    };
  }

  private void add(String city, DepartmentRecord clinic, DoctorRecord doctor, LocalDate date, Session session,
      String level, Money fee, int capacity) {
    String owner = doctor == null ? clinic.id() : doctor.id();
    String id = owner + "-" + date.format(DAY) + "-" + session.period().substring(0, 2).toLowerCase(java.util.Locale.ROOT);
    slots.put(id, new SlotState(id, city, clinic.hospitalId(), clinic.id(), doctor == null ? null : doctor.id(),
        date.atTime(session.start()).atZone(ZONE).toOffsetDateTime(),
        date.atTime(session.end()).atZone(ZONE).toOffsetDateTime(), session.period(), level, fee, capacity));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZONE));
  }

  synchronized List<SlotView> slots(String city, String hospitalId, String departmentId, String doctorId,
      LocalDate from, LocalDate to) {
    return slots.values().stream()
        .filter(s -> s.city.equals(city) && s.hospitalId.equals(hospitalId))
        .filter(s -> departmentId == null || departmentId.equals(s.departmentId))
        .filter(s -> doctorId == null || doctorId.equals(s.doctorId))
        .filter(s -> {
          LocalDate date = s.start.atZoneSameInstant(ZONE).toLocalDate();
          return !date.isBefore(from) && !date.isAfter(to);
        })
        .sorted(Comparator.comparing((SlotState s) -> s.start).thenComparing(s -> s.id))
        .map(s -> s.view(clock.instant()))
        .toList();
  }

  synchronized Optional<SlotView> slot(String slotId) {
    return Optional.ofNullable(slots.get(slotId)).map(s -> s.view(clock.instant()));
  }

  synchronized List<PatientRecord> patients(Citizen citizen) {
    return List.copyOf(patientsOf(citizen));
  }

  private List<PatientRecord> patientsOf(Citizen citizen) {
    return patients.computeIfAbsent(citizen.id(), id -> {
      List<PatientRecord> list = new ArrayList<>();
      list.add(new PatientRecord("p-" + id + "-self", citizen.name(), citizen.idNumber(), "SELF", citizen.phone(),
          List.of(new VisitCardRecord("E_HEALTH_CARD", "EHC" + id.replaceAll("\\D", ""), null))));
      return list;
    });
  }

  synchronized PatientRecord addPatient(Citizen citizen, PatientRecord draft) {
    if (!FAMILY.contains(draft.relationship())) {
      throw SandboxProblem.validation("relationship", "must be SPOUSE, CHILD, PARENT or OTHER");
    }
    List<PatientRecord> list = patientsOf(citizen);
    if (list.stream().anyMatch(p -> p.idNumber().equals(draft.idNumber()))) {
      throw new SandboxProblem(409, "patient_exists", "Patient exists",
          "a patient with this identity number is already registered", List.of(), Map.of(), Map.of());
    }
    PatientRecord patient = new PatientRecord(String.format("p-%06d", ++sequence), draft.name(), draft.idNumber(),
        draft.relationship(), draft.phone(), draft.visitCards());
    list.add(patient);
    return patient;
  }

  synchronized void removePatient(Citizen citizen, String patientId) {
    List<PatientRecord> list = patientsOf(citizen);
    PatientRecord patient = list.stream().filter(p -> p.id().equals(patientId)).findFirst()
        .orElseThrow(() -> SandboxProblem.notFound("no such patient"));
    if (patient.relationship().equals("SELF")) {
      throw conflict("cannot_remove_self", "the citizen themself cannot be removed");
    }
    boolean booked = appointments.values().stream()
        .anyMatch(a -> a.patientId.equals(patientId) && a.status.equals("BOOKED"));
    if (booked) {
      throw conflict("patient_has_appointments", "cancel the patient's booked appointments first");
    }
    list.remove(patient);
  }

  synchronized AppointmentState book(String city, Citizen citizen, String slotId, String patientId, Money expectedFee) {
    if (patientsOf(citizen).stream().noneMatch(p -> p.id().equals(patientId))) {
      throw SandboxProblem.notFound("no such patient");
    }
    SlotState slot = slots.get(slotId);
    if (slot == null || !slot.city.equals(city)) {
      throw SandboxProblem.notFound("no such slot");
    }
    String status = slot.status(clock.instant());
    if (status.equals("SUSPENDED") || status.equals("EXPIRED")) {
      throw conflict("slot_unavailable", "the slot is " + status.toLowerCase(java.util.Locale.ROOT));
    }
    if (!slot.fee.equals(expectedFee)) {
      throw conflict("fee_changed", "the fee is now " + slot.fee.toDisplayString());
    }
    boolean alreadyBooked = appointments.values().stream()
        .anyMatch(a -> a.slot == slot && a.patientId.equals(patientId) && a.status.equals("BOOKED"));
    if (alreadyBooked) {
      throw conflict("already_booked", "the patient already holds a place in this slot");
    }
    if (slot.remaining == 0) {
      throw conflict("slot_full", "the last place of this slot is taken");
    }
    slot.remaining--;
    AppointmentState appointment = new AppointmentState(String.format("apt-%06d", ++sequence), citizen.id(), patientId,
        slot, slot.fee, slot.capacity - slot.remaining, now());
    appointments.put(appointment.id, appointment);
    return appointment;
  }

  synchronized List<AppointmentView> appointments(Citizen citizen, String status, String patientId) {
    List<AppointmentState> mine = new ArrayList<>(appointments.values().stream()
        .filter(a -> a.citizenId.equals(citizen.id()))
        .filter(a -> status == null || status.equals(a.status))
        .filter(a -> patientId == null || patientId.equals(a.patientId))
        .toList());
    // Newest first; ids grow with time, so they break ties between bookings in the same instant.
    mine.sort(Comparator.comparing((AppointmentState a) -> a.created).thenComparing(a -> a.id).reversed());
    return mine.stream().map(AppointmentState::view).toList();
  }

  synchronized AppointmentView appointment(Citizen citizen, String appointmentId) {
    return own(citizen, appointmentId).view();
  }

  synchronized AppointmentView cancel(Citizen citizen, String appointmentId, String reason) {
    AppointmentState a = own(citizen, appointmentId);
    if (a.status.equals("CANCELLED")) {
      return a.view();
    }
    if (!a.status.equals("BOOKED") && !a.status.equals("PENDING_PAYMENT") && !a.status.equals("WAITLIST")) {
      throw conflict("not_cancellable", "an appointment that is " + a.status + " cannot be cancelled");
    }
    if (!clock.instant().isBefore(a.slot.start.toInstant().minus(CANCELLATION_CUTOFF))) {
      throw conflict("cancellation_cutoff_passed",
          "appointments can be cancelled until " + CANCELLATION_CUTOFF.toHours() + " hours before the visit");
    }
    markCancelled(a, reason);
    return a.view();
  }

  private void markCancelled(AppointmentState a, String reason) {
    boolean heldPlace = a.status.equals("BOOKED");
    a.status = "CANCELLED";
    a.cancellationReason = reason;
    a.cancelled = now();
    if (heldPlace) {
      a.slot.remaining++;
    }
  }

  private AppointmentState own(Citizen citizen, String appointmentId) {
    AppointmentState a = appointments.get(appointmentId);
    if (a == null || !a.citizenId.equals(citizen.id())) {
      throw SandboxProblem.notFound("no such appointment");
    }
    return a;
  }

  synchronized void setRemainingCapacity(String slotId, int remaining) {
    SlotState slot = existing(slotId);
    if (remaining < 0 || remaining > slot.capacity) {
      throw new IllegalArgumentException("remaining must be between 0 and " + slot.capacity);
    }
    slot.remaining = remaining;
  }

  synchronized void setFee(String slotId, Money fee) {
    existing(slotId).fee = fee;
  }

  synchronized void setStatus(String appointmentId, String status) {
    AppointmentState a = appointments.get(appointmentId);
    if (a == null) {
      throw new IllegalArgumentException("no appointment " + appointmentId);
    }
    a.status = status;
  }

  synchronized Optional<AppointmentView> anyAppointment(String appointmentId) {
    return Optional.ofNullable(appointments.get(appointmentId)).map(AppointmentState::view);
  }

  /** Suspends every slot of the doctor on {@code date}, cancelling their bookings; returns those cancelled. */
  synchronized List<AppointmentView> suspendClinic(String doctorId, LocalDate date) {
    List<SlotState> affected = slots.values().stream()
        .filter(s -> doctorId.equals(s.doctorId) && s.start.atZoneSameInstant(ZONE).toLocalDate().equals(date))
        .toList();
    if (affected.isEmpty()) {
      throw new IllegalArgumentException("the doctor has no clinic on " + date);
    }
    affected.forEach(s -> s.suspended = true);
    List<AppointmentView> cancelled = new ArrayList<>();
    for (AppointmentState a : appointments.values()) {
      if (affected.contains(a.slot) && a.status.equals("BOOKED")) {
        markCancelled(a, "CLINIC_SUSPENDED");
        cancelled.add(a.view());
      }
    }
    return cancelled;
  }

  private SlotState existing(String slotId) {
    SlotState slot = slots.get(slotId);
    if (slot == null) {
      throw new IllegalArgumentException("no slot " + slotId);
    }
    return slot;
  }

  private static SandboxProblem conflict(String code, String detail) {
    return new SandboxProblem(409, code, "Conflict", detail, List.of(), Map.of(), Map.of());
  }
}

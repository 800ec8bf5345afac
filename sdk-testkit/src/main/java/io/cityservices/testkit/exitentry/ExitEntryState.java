package io.cityservices.testkit.exitentry;

import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.SandboxProblem;
import io.cityservices.testkit.SeedData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The changing part of the exit-entry platform: places taken in slots, appointments, applications
 * moving on the clock, and the documents citizens hold. Every method holds the one lock, so places
 * stay exact under concurrent bookings.
 */
final class ExitEntryState {
  /** Children under this age apply with a guardian (Passport Law, art. 5). */
  static final int GUARDIAN_AGE = 16;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** An appointment; guarded by the state's lock. */
  private static final class AppointmentRecord {
    final String id;
    final String ownerCitizenId;
    final String city;
    final String documentType;
    final String serviceType;
    final String endorsementType;
    final String applicantIdNumber;
    final String guardianIdNumber;
    final OffsetDateTime createdAt;
    String slotId;
    String status = "BOOKED";
    String receiptNumber;
    OffsetDateTime cancelledAt;

    AppointmentRecord(String id, String ownerCitizenId, String city, String slotId, String documentType,
        String serviceType, String endorsementType, String applicantIdNumber, String guardianIdNumber,
        OffsetDateTime createdAt) {
      this.id = id;
      this.ownerCitizenId = ownerCitizenId;
      this.city = city;
      this.slotId = slotId;
      this.documentType = documentType;
      this.serviceType = serviceType;
      this.endorsementType = endorsementType;
      this.applicantIdNumber = applicantIdNumber;
      this.guardianIdNumber = guardianIdNumber;
      this.createdAt = createdAt;
    }
  }

  /** What a booking asks for, checked for form by the module. */
  record Booking(String slotId, String documentType, String serviceType, String endorsementType,
      ResidentIdNumber applicant, ResidentIdNumber guardian) {}

  private final ExitEntryCatalog catalog;
  private final Clock clock;
  private final RandomGenerator random;
  private final Map<String, Integer> taken = new HashMap<>();
  private final Map<String, AppointmentRecord> appointments = new LinkedHashMap<>();
  private final Map<String, ApplicationRecord> applications = new LinkedHashMap<>();
  private final Map<String, List<DocumentView>> documents = new HashMap<>();
  private final Set<String> restricted = new HashSet<>();
  private int issueWorkingDays = 7;
  private long appointmentSequence;
  private long receiptSequence;

  ExitEntryState(ExitEntryCatalog catalog, Clock clock, SeedData seed, RandomGenerator random) {
    this.catalog = catalog;
    this.clock = clock;
    this.random = random;
    this.receiptSequence = 100_000L + random.nextInt(800_000);
    for (String city : catalog.cities()) {
      seedCity(city, seed.citizens(city));
    }
  }

  private void seedCity(String city, List<Citizen> citizens) {
    LocalDate today = today();
    for (int i = 0; i < citizens.size(); i++) {
      Citizen citizen = citizens.get(i);
      List<DocumentView> held = new ArrayList<>();
      if (i == 0) {
        // The well-known first citizen: a passport to renew soon and a permit with a G endorsement.
        held.add(passport(today.minusYears(10).plusDays(120)));
        held.add(permit("HK_MACAO_PERMIT", today.minusYears(2),
            List.of(new DocumentView.EndorsementView("G", today.plusDays(40), 2, 1))));
      } else if (i == 1) {
        held.add(passport(today.minusYears(2)));
      } else {
        if (random.nextInt(10) < 6) {
          held.add(passport(today.minusDays(random.nextInt(3650 + 400))));
        }
        if (random.nextInt(10) < 4) {
          String type = List.of("G", "T", "S").get(random.nextInt(3));
          held.add(permit("HK_MACAO_PERMIT", today.minusDays(random.nextInt(3000)),
              List.of(new DocumentView.EndorsementView(type, today.plusDays(random.nextInt(360) - 60),
                  "S".equals(type) ? null : 2, random.nextInt(2)))));
        }
      }
      documents.put(citizen.id(), held);
    }
    // Someone under an exit restriction, which the platform never discloses.
    restricted.add(citizens.get(citizens.size() - 1).idNumber().value());
    Citizen first = citizens.get(0);
    OffsetDateTime accepted = ApplicationRecord.plusWorkingDays(now().with(LocalTime.of(10, 0)), -2);
    ApplicationRecord seeded = new ApplicationRecord(nextReceipt(city, accepted.toLocalDate()), first.id(), city,
        catalog.offices(city).get(0).id(), "PASSPORT", "RENEWAL", null, "MAIL", accepted);
    seeded.advance(now(), issueWorkingDays, tracking());
    applications.put(seeded.receiptNumber, seeded);
  }

  private DocumentView passport(LocalDate issued) {
    return document("PASSPORT", "E" + digits(8), issued, issued.plusYears(10).minusDays(1), List.of());
  }

  private DocumentView permit(String type, LocalDate issued, List<DocumentView.EndorsementView> endorsements) {
    String prefix = "HK_MACAO_PERMIT".equals(type) ? "C" : "L";
    return document(type, prefix + digits(8), issued, issued.plusYears(10).minusDays(1), endorsements);
  }

  private DocumentView document(String type, String number, LocalDate issued, LocalDate expires,
      List<DocumentView.EndorsementView> endorsements) {
    return new DocumentView(type, number, "VALID", issued, expires, false, endorsements);
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(random.nextInt(10));
    }
    return sb.toString();
  }

  private String tracking() {
    return "EMS" + digits(10) + "CN";
  }

  private String nextReceipt(String city, LocalDate day) {
    return city + day.format(DAY) + String.format("%06d", receiptSequence++ % 1_000_000);
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ExitEntryCatalog.ZONE));
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ExitEntryCatalog.ZONE));
  }

  synchronized void setIssueWorkingDays(int days) {
    if (days < 5 || days > ApplicationRecord.LEGAL_WORKING_DAYS) {
      throw new IllegalArgumentException("issue must take 5 to " + ApplicationRecord.LEGAL_WORKING_DAYS + " working days");
    }
    issueWorkingDays = days;
  }

  /** Moves every application along its schedule up to now; returns the changes with their records. */
  synchronized List<Map.Entry<ApplicationRecord, ApplicationRecord.Change>> advance() {
    List<Map.Entry<ApplicationRecord, ApplicationRecord.Change>> all = new ArrayList<>();
    OffsetDateTime now = now();
    for (ApplicationRecord a : applications.values()) {
      for (ApplicationRecord.Change c : a.advance(now, issueWorkingDays, tracking())) {
        all.add(Map.entry(a, c));
      }
    }
    return all;
  }

  synchronized List<SlotView> slots(String officeId, LocalDate day) {
    LocalDate today = today();
    if (day.isBefore(today) || !day.isBefore(today.plusDays(ExitEntryCatalog.HORIZON_DAYS))) {
      return List.of();
    }
    List<SlotView> found = new ArrayList<>();
    for (LocalTime start : catalog.windows(day)) {
      found.add(slot(ExitEntryCatalog.slotId(officeId, day, start), officeId, day, start));
    }
    return found;
  }

  private SlotView slot(String id, String officeId, LocalDate day, LocalTime start) {
    OffsetDateTime begins = day.atTime(start).atZone(ExitEntryCatalog.ZONE).toOffsetDateTime();
    int capacity = ExitEntryCatalog.capacity(id);
    int remaining = capacity - taken.getOrDefault(id, 0);
    String status = begins.isBefore(now()) ? "CLOSED" : remaining == 0 ? "FULL" : "FREE";
    return new SlotView(id, officeId, begins, begins.plusMinutes(30), capacity, remaining, status);
  }

  private SlotView slot(String city, String slotId) {
    ExitEntryCatalog.SlotKey key = catalog.parseSlot(city, slotId)
        .orElseThrow(() -> SandboxProblem.notFound("no such slot"));
    return slot(slotId, key.officeId(), key.day(), key.start());
  }

  synchronized Optional<SlotView> anySlot(String city, String slotId) {
    return catalog.parseSlot(city, slotId).map(k -> slot(slotId, k.officeId(), k.day(), k.start()));
  }

  synchronized void fill(String city, String slotId) {
    SlotView slot = slot(city, slotId);
    taken.put(slotId, slot.capacity());
  }

  /** Holds a place, after the platform's checks in the order a counter clerk would make them. */
  synchronized AppointmentView book(String city, Citizen citizen, Booking booking) {
    SlotView slot = slot(city, booking.slotId());
    OfficeRecord office = catalog.office(city, slot.officeId()).orElseThrow();
    if (!office.documentTypes().contains(booking.documentType())) {
      throw SandboxProblem.validation("document_type", "is not handled by this office");
    }
    ResidentIdNumber applicant = booking.applicant() != null ? booking.applicant() : citizen.idNumber();
    if (restricted.contains(applicant.value())) {
      throw new SandboxProblem(403, "not_eligible", "Not eligible",
          "the applicant cannot apply online; please ask at an exit-entry office", List.of(), Map.of(), Map.of());
    }
    if (Period.between(applicant.birthDate(), today()).getYears() < GUARDIAN_AGE && booking.guardian() == null) {
      throw new SandboxProblem(422, "guardian_required", "Guardian required",
          "an applicant under 16 must be accompanied by a guardian", List.of(), Map.of(), Map.of());
    }
    if (applicant.equals(citizen.idNumber()) && stillValid(citizen.id(), booking)) {
      throw new SandboxProblem(409, "document_still_valid", "Document still valid",
          "the current document is valid for more than six months", List.of(), Map.of(), Map.of());
    }
    boolean alreadyBooked = appointments.values().stream().anyMatch(a -> "BOOKED".equals(a.status)
        && a.applicantIdNumber.equals(applicant.value()) && a.documentType.equals(booking.documentType()));
    if (alreadyBooked) {
      throw new SandboxProblem(409, "already_booked", "Already booked",
          "the applicant already holds an appointment for this document", List.of(), Map.of(), Map.of());
    }
    take(slot);
    appointmentSequence++;
    AppointmentRecord a = new AppointmentRecord("ea-" + city + "-" + appointmentSequence, citizen.id(), city,
        slot.id(), booking.documentType(), booking.serviceType(), booking.endorsementType(), applicant.value(),
        booking.guardian() == null ? null : booking.guardian().value(), now());
    appointments.put(a.id, a);
    return view(a);
  }

  private boolean stillValid(String citizenId, Booking booking) {
    if (!"RENEWAL".equals(booking.serviceType()) && !"FIRST_ISSUE".equals(booking.serviceType())) {
      return false;
    }
    LocalDate sixMonths = today().plusMonths(6);
    return documents.getOrDefault(citizenId, List.of()).stream()
        .anyMatch(d -> d.type().equals(booking.documentType()) && "VALID".equals(d.status())
            && !d.expiresOn().isBefore(sixMonths));
  }

  private void take(SlotView slot) {
    if ("CLOSED".equals(slot.status())) {
      throw new SandboxProblem(409, "slot_unavailable", "Slot unavailable", "the slot has begun", List.of(),
          Map.of(), Map.of());
    }
    if (slot.remainingCapacity() <= 0) {
      throw new SandboxProblem(409, "slot_taken", "Slot taken", "every place of the slot is taken", List.of(),
          Map.of(), Map.of());
    }
    taken.merge(slot.id(), 1, Integer::sum);
  }

  private void release(String slotId) {
    taken.computeIfPresent(slotId, (id, n) -> n <= 1 ? null : n - 1);
  }

  synchronized List<AppointmentView> appointments(Citizen citizen, String status) {
    return appointments.values().stream()
        .filter(a -> a.ownerCitizenId.equals(citizen.id()))
        .filter(a -> status == null || status.equals(a.status))
        .sorted(Comparator.comparing((AppointmentRecord a) -> a.createdAt).reversed())
        .map(this::view)
        .toList();
  }

  synchronized AppointmentView appointment(Citizen citizen, String id) {
    return view(own(citizen, id));
  }

  synchronized Optional<AppointmentView> anyAppointment(String id) {
    return Optional.ofNullable(appointments.get(id)).map(this::view);
  }

  private AppointmentRecord own(Citizen citizen, String id) {
    AppointmentRecord a = appointments.get(id);
    if (a == null || !a.ownerCitizenId.equals(citizen.id())) {
      throw SandboxProblem.notFound("no such appointment");
    }
    return a;
  }

  synchronized AppointmentView reschedule(Citizen citizen, String id, String slotId) {
    AppointmentRecord a = own(citizen, id);
    if (!"BOOKED".equals(a.status)) {
      throw notChangeable();
    }
    if (a.slotId.equals(slotId)) {
      return view(a);
    }
    SlotView target = slot(a.city, slotId);
    OfficeRecord office = catalog.office(a.city, target.officeId()).orElseThrow();
    if (!office.documentTypes().contains(a.documentType)) {
      throw SandboxProblem.validation("slot_id", "the slot's office does not handle this document");
    }
    take(target);
    release(a.slotId);
    a.slotId = slotId;
    return view(a);
  }

  synchronized AppointmentView cancel(Citizen citizen, String id) {
    AppointmentRecord a = own(citizen, id);
    if ("CANCELLED".equals(a.status)) {
      return view(a);
    }
    if (!"BOOKED".equals(a.status)) {
      throw notChangeable();
    }
    a.status = "CANCELLED";
    a.cancelledAt = now();
    release(a.slotId);
    return view(a);
  }

  private AppointmentView view(AppointmentRecord a) {
    SlotView slot = slot(a.city, a.slotId);
    return new AppointmentView(a.id, slot.officeId(), a.slotId, slot.start(), slot.end(), a.documentType,
        a.serviceType, a.endorsementType, a.applicantIdNumber, a.guardianIdNumber, a.status, a.receiptNumber,
        a.createdAt, a.cancelledAt);
  }

  private static SandboxProblem notChangeable() {
    return new SandboxProblem(409, "not_changeable", "Not changeable",
        "the appointment is no longer booked", List.of(), Map.of(), Map.of());
  }

  /** The applicant came: the office accepts the application and gives it a receipt number. */
  synchronized ApplicationRecord accept(String appointmentId, String delivery) {
    AppointmentRecord a = appointments.get(appointmentId);
    if (a == null || !"BOOKED".equals(a.status)) {
      throw new IllegalArgumentException("no booked appointment " + appointmentId);
    }
    if (!"MAIL".equals(delivery) && !"PICKUP".equals(delivery)) {
      throw new IllegalArgumentException("delivery must be MAIL or PICKUP");
    }
    OffsetDateTime now = now();
    ApplicationRecord application = new ApplicationRecord(nextReceipt(a.city, now.toLocalDate()), a.ownerCitizenId,
        a.city, slotOffice(a), a.documentType, a.serviceType, a.endorsementType, delivery, now);
    applications.put(application.receiptNumber, application);
    a.status = "ATTENDED";
    a.receiptNumber = application.receiptNumber;
    return application;
  }

  private String slotOffice(AppointmentRecord a) {
    return catalog.parseSlot(a.city, a.slotId).orElseThrow().officeId();
  }

  synchronized void noShow(String appointmentId) {
    AppointmentRecord a = appointments.get(appointmentId);
    if (a == null || !"BOOKED".equals(a.status)) {
      throw new IllegalArgumentException("no booked appointment " + appointmentId);
    }
    a.status = "NO_SHOW";
  }

  synchronized List<ApplicationView> applications(Citizen citizen, String status) {
    return applications.values().stream()
        .filter(a -> a.ownerCitizenId.equals(citizen.id()))
        .filter(a -> status == null || status.equals(a.status()))
        .sorted(Comparator.comparing((ApplicationRecord a) -> a.acceptedAt).reversed())
        .map(ApplicationRecord::view)
        .toList();
  }

  /** The citizen's application; anyone else's is answered exactly as an unknown number is. */
  synchronized ApplicationView application(Citizen citizen, String receiptNumber) {
    ApplicationRecord a = applications.get(receiptNumber);
    if (a == null || !a.ownerCitizenId.equals(citizen.id())) {
      throw new SandboxProblem(404, "receipt_not_found", "Receipt not found",
          "no application of yours has this receipt number", List.of(), Map.of(), Map.of());
    }
    return a.view();
  }

  synchronized ApplicationRecord record(String receiptNumber) {
    ApplicationRecord a = applications.get(receiptNumber);
    if (a == null) {
      throw new IllegalArgumentException("no application " + receiptNumber);
    }
    return a;
  }

  synchronized List<ApplicationView> allApplications(String citizenId) {
    return applications.values().stream().filter(a -> a.ownerCitizenId.equals(citizenId))
        .map(ApplicationRecord::view).toList();
  }

  synchronized List<DocumentView> documents(String citizenId) {
    LocalDate today = today();
    LocalDate sixMonths = today.plusMonths(6);
    return documents.getOrDefault(citizenId, List.of()).stream()
        .map(d -> {
          String status = "VALID".equals(d.status()) && d.expiresOn().isBefore(today) ? "EXPIRED" : d.status();
          boolean warning = "VALID".equals(status) && d.expiresOn().isBefore(sixMonths);
          return new DocumentView(d.type(), d.number(), status, d.issuedOn(), d.expiresOn(), warning, d.endorsements());
        })
        .sorted(Comparator.comparing((DocumentView d) -> !"VALID".equals(d.status())))
        .toList();
  }

  synchronized Set<String> citizensWithDocuments() {
    return Set.copyOf(documents.keySet());
  }
}

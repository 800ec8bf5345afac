package io.cityservices.health;

import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.error.SlotUnavailableException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.pagination.Page;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.Event;
import io.cityservices.testkit.health.HealthSandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CitySandboxTest
class HealthJourneySandboxTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ResidentIdNumber CHILD_ID = ResidentIdNumber.of("310115201503070021");

  CitySandbox sandbox;
  private CityServices services;
  private HealthClient health;
  private CitizenToken token;
  private RequestOptions citizen;

  @BeforeEach
  void setUp() {
    services = SandboxClients.client(sandbox, CityCode.SHANGHAI);
    health = HealthClient.create(services);
    token = SandboxClients.login(services, sandbox.seed().firstCitizen(CityCode.SHANGHAI).id());
    citizen = RequestOptions.forCitizen(token);
  }

  @AfterEach
  void tearDown() {
    services.close();
  }

  private Hospital huashan() {
    Page<Hospital> page = health.hospitals().list(HospitalQuery.builder().name("华山").build(), RequestOptions.none());
    assertThat(page.data()).hasSize(1);
    return page.data().get(0);
  }

  /** A bookable doctor's slot at least three days ahead, so it is well before the cancellation cut-off. */
  private Slot laterSlot(Hospital hospital) {
    LocalDate from = LocalDate.now(SHANGHAI).plusDays(3);
    return health.slots().listAll(SlotQuery.builder(hospital.id()).from(from).to(from.plusDays(7)).build(),
            RequestOptions.none())
        .stream()
        .filter(s -> s.doctorId() != null && s.isBookable())
        .findFirst()
        .orElseThrow();
  }

  private Slot reload(Slot slot) {
    LocalDate day = slot.start().atZoneSameInstant(SHANGHAI).toLocalDate();
    return health.slots().listAll(SlotQuery.builder(slot.hospitalId()).doctorId(slot.doctorId()).from(day).to(day).build(),
            RequestOptions.none())
        .stream().filter(s -> s.id().equals(slot.id())).findFirst().orElseThrow();
  }

  private Patient self() {
    return health.patients().list(citizen).stream().filter(Patient::isSelf).findFirst().orElseThrow();
  }

  @Test
  void searchesHospitalsByNameLevelDistrictAndDepartment() {
    Hospital h = huashan();
    assertThat(h.name()).isEqualTo("复旦大学附属华山医院");
    assertThat(h.level()).isEqualTo(HospitalLevel.GRADE_3A);
    assertThat(h.level().label()).isEqualTo("三级甲等");
    assertThat(h.creditCode().areaCode()).isEqualTo("310106");
    assertThat(h.address().district()).isEqualTo("静安区");
    assertThat(h.location().latitude()).isBetween(31.0, 31.5);

    assertThat(health.hospitals().list(HospitalQuery.builder().level(HospitalLevel.GRADE_3A).build(), RequestOptions.none()).data())
        .extracting(Hospital::level).containsOnly(HospitalLevel.GRADE_3A).hasSize(2);
    assertThat(health.hospitals().list(HospitalQuery.builder().district("310104").build(), RequestOptions.none()).data())
        .extracting(Hospital::name).containsExactly("上海市徐汇区中心医院");
    assertThat(health.hospitals().listAll(HospitalQuery.builder().department("心血管").limit(1).build(), RequestOptions.none())
        .stream().toList()).hasSize(3);
    assertThat(health.hospitals().get(h.id(), RequestOptions.none())).isEqualTo(h);
    assertThat(HealthClient.create(services, CityCode.HANGZHOU).hospitals().list(HospitalQuery.all(), RequestOptions.none()).data())
        .extracting(Hospital::name).contains("浙江大学医学院附属第一医院");
  }

  @Test
  void listsDepartmentsWithParentsAndDoctorsWithTitles() throws Exception {
    Hospital h = huashan();
    List<Department> departments = health.hospitals().departmentsAsync(h.id(), RequestOptions.none()).get();
    Department cardiology = departments.stream().filter(d -> d.name().equals("心血管内科")).findFirst().orElseThrow();
    Department internal = departments.stream().filter(d -> d.id().equals(cardiology.parentId())).findFirst().orElseThrow();
    assertThat(internal.name()).isEqualTo("内科");
    assertThat(internal.isTopLevel()).isTrue();

    List<Doctor> doctors = health.hospitals().doctors(h.id(), cardiology.id(), RequestOptions.none());
    assertThat(doctors).hasSize(2).allSatisfy(d -> {
      assertThat(d.departmentId()).isEqualTo(cardiology.id());
      assertThat(d.title()).isNotEqualTo(DoctorTitle.UNKNOWN);
      assertThat(d.specialties()).isNotEmpty();
    });
    assertThat(health.hospitals().doctors(h.id(), null, RequestOptions.none())).hasSizeGreaterThan(2);
    assertThatThrownBy(() -> health.hospitals().get("h-nope", RequestOptions.none())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void bookThenCancelGivesTheCapacityBack() {
    Hospital hospital = huashan();
    Slot slot = laterSlot(hospital);
    Patient self = self();

    Appointment booked = health.appointments().book(BookAppointmentRequest.of(slot, self.id()), citizen);
    assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(booked.fee()).isEqualTo(slot.fee());
    assertThat(booked.slotId()).isEqualTo(slot.id());
    assertThat(booked.start()).isEqualTo(slot.start());
    assertThat(reload(slot).remainingCapacity()).isEqualTo(slot.remainingCapacity() - 1);

    assertThat(health.appointments().get(booked.id(), citizen)).isEqualTo(booked);
    assertThat(health.appointments().list(AppointmentQuery.withStatus(AppointmentStatus.BOOKED), citizen).data())
        .extracting(Appointment::id).containsExactly(booked.id());
    Event event = sandbox.events().published().stream()
        .filter(e -> e.type().equals(HealthEvents.APPOINTMENT_BOOKED.name())).findFirst().orElseThrow();
    AppointmentBooked data = JsonMapperFactory.create().convertValue(event.data(), HealthEvents.APPOINTMENT_BOOKED.dataType());
    assertThat(data.appointmentId()).isEqualTo(booked.id());
    assertThat(data.fee()).isEqualTo(slot.fee());
    assertThat(data.end()).isEqualTo(slot.end());

    Appointment cancelled = health.appointments().cancel(booked.id(), citizen);
    assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.cancellationReason()).isEqualTo(CancellationReason.PATIENT_REQUEST);
    assertThat(cancelled.refund().status()).isEqualTo(RefundStatus.SUCCEEDED);
    assertThat(cancelled.refund().amount()).isEqualTo(slot.fee());
    assertThat(reload(slot).remainingCapacity()).isEqualTo(slot.remainingCapacity());
    assertThat(health.appointments().list(AppointmentQuery.withStatus(AppointmentStatus.BOOKED), citizen).data()).isEmpty();
    // Cancelling again is idempotent and gives back no second place.
    assertThat(health.appointments().cancel(booked.id(), citizen).status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(reload(slot).remainingCapacity()).isEqualTo(slot.remainingCapacity());
  }

  @Test
  void twoConcurrentBookingsOfTheLastPlaceExactlyOneWins() throws Exception {
    Slot slot = laterSlot(huashan());
    sandbox.data(HealthSandbox.class).setRemainingCapacity(slot.id(), 1);
    Patient self = self();
    Patient child = health.patients().add(child(), citizen);

    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Object>> results = List.of(self.id(), child.id()).stream()
          .map(patientId -> pool.submit(() -> {
            start.await();
            try {
              return (Object) health.appointments().book(new BookAppointmentRequest(slot.id(), patientId, slot.fee()), citizen);
            } catch (ConflictException e) {
              return e;
            }
          }))
          .toList();
      start.countDown();
      List<Object> outcomes = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<Object> f : results) {
        outcomes.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(outcomes).filteredOn(Appointment.class::isInstance).hasSize(1);
      assertThat(outcomes).filteredOn(SlotUnavailableException.class::isInstance).singleElement()
          .satisfies(e -> assertThat(((SlotUnavailableException) e).code()).isEqualTo("slot_full"));
    } finally {
      pool.shutdownNow();
    }
    Slot after = reload(slot);
    assertThat(after.remainingCapacity()).isZero();
    assertThat(after.status()).isEqualTo(SlotStatus.BUSY);
  }

  @Test
  void bookingAFullSlotAChangedFeeOrTwiceIsAConflict() {
    Slot slot = laterSlot(huashan());
    Patient self = self();
    HealthSandbox hooks = sandbox.data(HealthSandbox.class);

    hooks.setFee(slot.id(), slot.fee().plus(Money.cny(1000)));
    assertThatThrownBy(() -> health.appointments().book(BookAppointmentRequest.of(slot, self.id()), citizen))
        .isInstanceOf(FeeChangedException.class)
        .hasMessageContaining("fee has changed")
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("fee_changed");
    hooks.setFee(slot.id(), slot.fee());

    health.appointments().book(BookAppointmentRequest.of(slot, self.id()), citizen);
    assertThatThrownBy(() -> health.appointments().book(BookAppointmentRequest.of(slot, self.id()), citizen))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("already_booked");

    hooks.setRemainingCapacity(slot.id(), 0);
    Patient child = health.patients().add(child(), citizen);
    assertThatThrownBy(() -> health.appointments().bookAsync(BookAppointmentRequest.of(slot, child.id()), citizen).join())
        .hasCauseInstanceOf(SlotUnavailableException.class);
  }

  @Test
  void addsListsAndRemovesFamilyPatientsWithoutShowingTheirDetails() {
    List<Patient> before = health.patients().list(citizen);
    assertThat(before).hasSize(1);
    Patient self = before.get(0);
    assertThat(self.relationship()).isEqualTo(Relationship.SELF);
    assertThat(self.idNumber()).isEqualTo(sandbox.seed().firstCitizen(CityCode.SHANGHAI).idNumber());
    assertThat(self.visitCards()).extracting(VisitCard::type).containsExactly(VisitCardType.E_HEALTH_CARD);

    Patient child = health.patients().add(child(), citizen);
    assertThat(child.relationship()).isEqualTo(Relationship.CHILD);
    assertThat(child.idNumber()).isEqualTo(CHILD_ID);
    assertThat(child.visitCards()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(VisitCardType.MEDICAL_INSURANCE));
    assertThat(child.toString()).doesNotContain("310115201503070021", "王小明", "13812345678", "310115201503070001")
        .contains("310***********0021");
    assertThat(health.patients().list(citizen)).extracting(Patient::id).containsExactly(self.id(), child.id());

    assertThatThrownBy(() -> health.patients().add(child(), citizen))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("patient_exists");
    assertThatThrownBy(() -> health.patients().remove(self.id(), citizen))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("cannot_remove_self");

    health.patients().remove(child.id(), citizen);
    assertThat(health.patients().list(citizen)).extracting(Patient::id).containsExactly(self.id());
    assertThatThrownBy(() -> health.patients().remove(child.id(), citizen)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void suspendingAClinicCancelsBookingsAndPublishesTheEvent() {
    Slot slot = laterSlot(huashan());
    Appointment booked = health.appointments().book(BookAppointmentRequest.of(slot, self().id()), citizen);

    sandbox.data(HealthSandbox.class).remind(booked.id());
    Event reminderEvent = sandbox.events().published().stream()
        .filter(e -> e.type().equals(HealthEvents.APPOINTMENT_REMINDER.name())).findFirst().orElseThrow();
    AppointmentReminder reminder = JsonMapperFactory.create().convertValue(reminderEvent.data(),
        HealthEvents.APPOINTMENT_REMINDER.dataType());
    assertThat(reminder.appointmentId()).isEqualTo(booked.id());
    assertThat(reminder.start()).isEqualTo(slot.start());

    LocalDate day = slot.start().atZoneSameInstant(SHANGHAI).toLocalDate();
    assertThat(sandbox.data(HealthSandbox.class).suspendClinic(slot.doctorId(), day)).hasSize(1);

    Appointment after = health.appointments().get(booked.id(), citizen);
    assertThat(after.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(after.cancellationReason()).isEqualTo(CancellationReason.CLINIC_SUSPENDED);
    assertThat(reload(slot).status()).isEqualTo(SlotStatus.SUSPENDED);
    Event event = sandbox.events().published().stream()
        .filter(e -> e.type().equals(HealthEvents.APPOINTMENT_CANCELLED_BY_HOSPITAL.name())).findFirst().orElseThrow();
    AppointmentCancelledByHospital data = JsonMapperFactory.create().convertValue(event.data(),
        HealthEvents.APPOINTMENT_CANCELLED_BY_HOSPITAL.dataType());
    assertThat(data.appointmentId()).isEqualTo(booked.id());
    assertThat(data.reason()).isEqualTo(CancellationReason.CLINIC_SUSPENDED);
    assertThat(data.refund()).isEqualTo(new Refund(RefundStatus.SUCCEEDED, slot.fee()));
    assertThat(data.start()).isEqualTo(slot.start());
    assertThatThrownBy(() -> health.appointments().book(BookAppointmentRequest.of(slot, self().id()), citizen))
        .isInstanceOf(SlotUnavailableException.class)
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("slot_unavailable");
  }

  @Test
  void aCheckedInAppointmentCannotBeCancelled() {
    Slot slot = laterSlot(huashan());
    Appointment booked = health.appointments().book(BookAppointmentRequest.of(slot, self().id()), citizen);
    sandbox.data(HealthSandbox.class).setAppointmentStatus(booked.id(), "CHECKED_IN");
    assertThat(health.appointments().getAsync(booked.id(), citizen).join().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThatThrownBy(() -> health.appointments().cancel(booked.id(), citizen))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("not_cancellable");
  }

  @Test
  void asyncFormsWorkAgainstTheSandbox() {
    Hospital h = huashan();
    CompletableFuture<Page<Hospital>> hospitals = health.hospitals().listAsync(HospitalQuery.all(), RequestOptions.none());
    CompletableFuture<Page<Slot>> slots = health.slots().listAsync(SlotQuery.builder(h.id()).limit(5).build(), RequestOptions.none());
    CompletableFuture<List<Patient>> patients = health.patients().listAsync(citizen);
    CompletableFuture<Page<Appointment>> appointments = health.appointments().listAsync(AppointmentQuery.all(), citizen);
    assertThat(hospitals.join().data()).hasSize(3);
    assertThat(slots.join().data()).hasSize(5);
    assertThat(slots.join().nextCursor()).isNotNull();
    assertThat(patients.join()).hasSize(1);
    assertThat(appointments.join().data()).isEmpty();
  }

  @Test
  void guangzhouOffersNoHealthService() {
    assertThatThrownBy(() -> HealthClient.create(services, CityCode.GUANGZHOU).hospitals()
            .list(HospitalQuery.all(), RequestOptions.none()))
        .isInstanceOf(NotFoundException.class);
  }

  static NewPatient child() {
    return NewPatient.builder()
        .name(PersonName.of("王小明"))
        .idNumber(CHILD_ID)
        .relationship(Relationship.CHILD)
        .phone(PhoneNumber.of("13812345678"))
        .visitCard(VisitCard.of(VisitCardType.MEDICAL_INSURANCE, "310115201503070001"))
        .build();
  }
}

package io.cityservices.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.error.IdempotencyException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PlateType;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.traffic.TrafficData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The traffic journeys, end to end against the sandbox, through the real transport. */
@CitySandboxTest
class TrafficSandboxJourneyTest {
  CitySandbox sandbox;

  private CityServices services;
  private TrafficClient traffic;
  private Citizen citizen;
  private RequestOptions asCitizen;
  private TrafficData data;

  @BeforeEach
  void connect() {
    services = SandboxClients.client(sandbox, CityCode.SHANGHAI);
    traffic = TrafficClient.create(services);
    citizen = sandbox.seed().firstCitizen(CityCode.SHANGHAI);
    asCitizen = citizenOptions(citizen);
    data = sandbox.data(TrafficData.class);
  }

  @AfterEach
  void close() {
    services.close();
  }

  private RequestOptions citizenOptions(Citizen who) {
    return RequestOptions.forCitizen(SandboxClients.citizenToken(services, sandbox, who.id()));
  }

  private Violation firstPayable() {
    return traffic.violations()
        .list(ViolationQuery.ownVehicles().statuses(ViolationStatus.PAYABLE).build(), asCitizen).data().get(0);
  }

  @Test
  void findUnpaidViolationPayItAndReceiveTheWebhook() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(services.webhooks(), "traffic.violation.paid")) {
      sandbox.webhooks().register(receiver.endpoint());
      Violation unpaid = firstPayable();
      assertThat(unpaid.status()).isEqualTo(ViolationStatus.PAYABLE);

      FinePayment payment = traffic.fines().pay(unpaid, asCitizen);

      assertThat(payment.status()).isEqualTo(FinePaymentStatus.SUCCEEDED);
      assertThat(payment.amount()).isEqualTo(unpaid.amountDue());
      assertThat(payment.violationId()).isEqualTo(unpaid.id());
      Violation after = traffic.violations().get(unpaid.id(), asCitizen);
      assertThat(after.status()).isEqualTo(ViolationStatus.PAID);
      assertThat(after.paidAt()).isNotNull();
      WebhookEvent event = receiver.await();
      ViolationPaid paid = event.data(TrafficEvents.VIOLATION_PAID).orElseThrow();
      assertThat(paid.violationId()).isEqualTo(unpaid.id());
      assertThat(paid.paymentId()).isEqualTo(payment.id());
      assertThat(paid.amount()).isEqualTo(unpaid.amountDue());
      assertThat(event.city()).isEqualTo(CityCode.SHANGHAI);
      assertThat(receiver.failures()).isEmpty();
      assertThat(sandbox.events().published()).anyMatch(e -> e.type().equals("traffic.payment.succeeded"));
      assertThat(traffic.fines().get(payment.id(), asCitizen).settlement())
          .isEqualTo(FinePayment.Settlement.PAID_AT_CHANNEL);
    }
  }

  @Test
  void overdueFineIsPaidWithThePlatformsLateFee() {
    Violation overdue = traffic.violations()
        .list(ViolationQuery.ownVehicles().statuses(ViolationStatus.OVERDUE).build(), asCitizen).data().get(0);
    assertThat(overdue.lateFee().isPositive()).isTrue();
    assertThat(overdue.lateFee().compareTo(overdue.fine())).isLessThanOrEqualTo(0);

    FinePayment payment = traffic.fines().payAsync(overdue, asCitizen).join();

    assertThat(payment.amount()).isEqualTo(overdue.fine().plus(overdue.lateFee()));
  }

  @Test
  void payingANonPayableViolationIsAConflictBeforeOrAfterSending() {
    Violation paid = traffic.violations()
        .list(ViolationQuery.ownVehicles().statuses(ViolationStatus.PAID).build(), asCitizen).data().get(0);
    int before = sandbox.requests().size();

    assertThatThrownBy(() -> traffic.fines().pay(paid, asCitizen))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.code()).isEqualTo(FinesApi.VIOLATION_NOT_PAYABLE);
          assertThat(e.status()).isZero();
        });
    assertThat(sandbox.requests()).hasSize(before);

    assertThatThrownBy(() -> traffic.fines().pay(new PayFineRequest(paid.id(), paid.fine()), asCitizen))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.code()).isEqualTo(FinesApi.VIOLATION_NOT_PAYABLE);
          assertThat(e.status()).isEqualTo(409);
        });
  }

  @Test
  void aWrongExpectedAmountIsRefusedAndNothingIsCharged() {
    Violation unpaid = firstPayable();

    assertThatThrownBy(() -> traffic.fines().pay(
            new PayFineRequest(unpaid.id(), unpaid.amountDue().plus(Money.cny(1))), asCitizen))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(FinesApi.AMOUNT_MISMATCH));
    assertThat(data.paymentCount(unpaid.id())).isZero();
    assertThat(traffic.violations().get(unpaid.id(), asCitizen).status()).isEqualTo(ViolationStatus.PAYABLE);
  }

  @Test
  void aPaymentRetriedAfterAConnectionResetIsTakenOnce() {
    Violation unpaid = firstPayable();
    sandbox.faults().failAfterHandling(".*/violations/" + unpaid.id() + "/payments", Fault.CONNECTION_RESET_BY_PEER, 1);

    FinePayment payment = traffic.fines().pay(unpaid, asCitizen);

    assertThat(payment.status()).isEqualTo(FinePaymentStatus.SUCCEEDED);
    assertThat(data.paymentCount(unpaid.id())).isEqualTo(1);
    List<String> keys = sandbox.requests().stream()
        .filter(r -> r.getUrl().endsWith("/payments"))
        .map(r -> r.getHeader("Idempotency-Key"))
        .collect(Collectors.toList());
    assertThat(keys).hasSize(2);
    assertThat(keys.get(0)).isEqualTo(keys.get(1));
    assertThat(traffic.fines().get(payment.id(), asCitizen).id()).isEqualTo(payment.id());
  }

  @Test
  void violationsOfAVehicleAreFoundByPlateTypeAndEngineNumberSuffix() {
    TrafficData.SeededVehicle car = data.firstVehicleOf(citizen);
    ViolationQuery query = ViolationQuery
        .forVehicle(car.plate(), PlateType.fromCode(car.plateType()), car.engineNoSuffix().toLowerCase())
        .limit(2)
        .build();

    Page<Violation> first = traffic.violations().list(query, asCitizen);
    List<Violation> all = traffic.violations().listAll(query, asCitizen).stream().toList();

    assertThat(first.data()).hasSize(2);
    assertThat(first.hasNext()).isTrue();
    assertThat(all).hasSizeGreaterThan(2)
        .allSatisfy(v -> assertThat(v.plate().value()).isEqualTo(car.plate()));
    assertThat(all).extracting(Violation::status).contains(
        ViolationStatus.UNPROCESSED, ViolationStatus.PAYABLE, ViolationStatus.OVERDUE, ViolationStatus.PAID,
        ViolationStatus.CLOSED, ViolationStatus.WITHDRAWN);
    assertThatThrownBy(() -> traffic.violations().list(
            ViolationQuery.forVehicle(car.plate(), PlateType.fromCode(car.plateType()), "ZZZZZZ").build(), asCitizen))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void payableListsEveryFineThatCanBePaidIncludingOverdueOnes() {
    List<Violation> all = traffic.violations().listAll(ViolationQuery.ownVehicles().build(), asCitizen).stream().toList();
    List<Violation> payable = traffic.violations()
        .listAll(ViolationQuery.ownVehicles().payable().build(), asCitizen).stream().toList();

    assertThat(payable).extracting(Violation::status).contains(ViolationStatus.PAYABLE, ViolationStatus.OVERDUE);
    assertThat(payable).containsExactlyInAnyOrderElementsOf(all.stream().filter(Violation::isPayable).toList());
  }

  @Test
  void licenceViolationsAndLicence() {
    List<Violation> forLicence = traffic.violations()
        .listAllForLicence(LicenceViolationQuery.all(), asCitizen).stream().toList();
    Page<Violation> payable = traffic.violations()
        .listForLicenceAsync(LicenceViolationQuery.withStatus(ViolationStatus.PAYABLE), asCitizen).join();
    DrivingLicence licence = traffic.licence().get(asCitizen);

    assertThat(forLicence).isNotEmpty().noneMatch(v -> v.status() == ViolationStatus.UNPROCESSED);
    assertThat(payable.data()).isNotEmpty().allMatch(v -> v.status() == ViolationStatus.PAYABLE);
    assertThat(licence.points()).isEqualTo(3);
    assertThat(licence.pointsRemaining()).isEqualTo(9);
    assertThat(licence.has(LicenceStatus.NORMAL)).isTrue();
    assertThat(licence.number()).isEqualTo(citizen.idNumber().value());
    assertThat(licence.toString()).doesNotContain(citizen.idNumber().value());
    assertThat(traffic.licence().getAsync(asCitizen).join()).isEqualTo(licence);
  }

  @Test
  void unknownLicenceStatusLettersAreKept() {
    Citizen third = sandbox.seed().citizens(CityCode.SHANGHAI).get(2);

    DrivingLicence licence = traffic.licence().get(citizenOptions(third));

    assertThat(licence.statuses()).containsExactlyInAnyOrder("A", "Z");
    assertThat(licence.knownStatuses()).containsExactly(LicenceStatus.NORMAL);
  }

  @Test
  void vehiclesOfTheCitizenIncludeANewEnergyCar() {
    List<Vehicle> vehicles = traffic.vehicles().listAll(VehicleQuery.all(), asCitizen).stream().toList();

    assertThat(vehicles).hasSize(2);
    assertThat(vehicles).extracting(Vehicle::plateType).containsExactly(PlateType.SMALL, PlateType.NEW_ENERGY_SMALL);
    assertThat(vehicles.get(1).plate().isNewEnergy()).isTrue();
    assertThat(vehicles.get(0).plate().province()).isEqualTo("沪");
    assertThat(vehicles.get(0).toString()).doesNotContain(vehicles.get(0).vin()).doesNotContain(vehicles.get(0).plate().value());
    assertThat(traffic.vehicles().listAsync(VehicleQuery.all(), asCitizen).join().data()).isEqualTo(vehicles);
  }

  @Test
  void bookAnInspectionTakesTheSlotAndASecondBookingOfTheFullSlotConflicts() {
    LocalDate tomorrow = LocalDate.ofInstant(sandbox.clock().instant(), ZoneOffset.ofHours(8)).plusDays(1);
    InspectionStation station = traffic.inspections()
        .listStations(StationQuery.near(GeoPoint.of(31.2304, 121.4737), 50), RequestOptions.none()).data().get(0);
    List<InspectionSlot> slots = traffic.inspections().slots(station.id(), tomorrow, RequestOptions.none());
    InspectionSlot single = slots.stream().filter(s -> s.capacity() == 1).findFirst().orElseThrow();
    TrafficData.SeededVehicle car = data.firstVehicleOf(citizen);

    InspectionBooking booking = traffic.inspections().book(
        new BookInspectionRequest(station.id(), single.id(), car.plate(), PlateType.fromCode(car.plateType())), asCitizen);

    assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
    assertThat(booking.slotId()).isEqualTo(single.id());
    assertThat(traffic.inspections().slots(station.id(), tomorrow, RequestOptions.none()))
        .filteredOn(s -> s.id().equals(single.id())).singleElement().satisfies(s -> assertThat(s.isFull()).isTrue());

    Citizen other = sandbox.seed().citizens(CityCode.SHANGHAI).get(1);
    RequestOptions asOther = citizenOptions(other);
    TrafficData.SeededVehicle otherCar = data.firstVehicleOf(other);
    BookInspectionRequest second =
        new BookInspectionRequest(station.id(), single.id(), otherCar.plate(), PlateType.fromCode(otherCar.plateType()));
    assertThatThrownBy(() -> traffic.inspections().book(second, asOther))
        .isInstanceOfSatisfying(SlotUnavailableException.class, e -> assertThat(e.code()).isEqualTo("slot_full"));

    InspectionBooking cancelled = traffic.inspections().cancel(booking.id(), asCitizen);
    assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(traffic.inspections().cancelAsync(booking.id(), asCitizen).join().status()).isEqualTo(BookingStatus.CANCELLED);
    InspectionBooking otherBooking = traffic.inspections().bookAsync(second, asOther).join();
    assertThat(otherBooking.status()).isEqualTo(BookingStatus.BOOKED);
    assertThat(traffic.inspections().listAllBookings(BookingQuery.all(), asCitizen).stream().toList())
        .extracting(InspectionBooking::id).containsExactly(booking.id());
  }

  @Test
  void rescheduleMovesTheBookingAndFreesTheOldSlot() {
    LocalDate day = LocalDate.ofInstant(sandbox.clock().instant(), ZoneOffset.ofHours(8)).plusDays(3);
    String stationId = data.stationIds("310000").get(0);
    List<InspectionSlot> slots = traffic.inspections().slotsAsync(stationId, day, RequestOptions.none()).join();
    TrafficData.SeededVehicle car = data.firstVehicleOf(citizen);
    InspectionBooking booking = traffic.inspections().book(
        new BookInspectionRequest(stationId, slots.get(1).id(), car.plate(), PlateType.SMALL), asCitizen);

    InspectionBooking moved = traffic.inspections().reschedule(booking.id(), slots.get(2).id(), asCitizen);
    InspectionBooking again = traffic.inspections().rescheduleAsync(booking.id(), slots.get(2).id(), asCitizen).join();

    assertThat(moved.slotId()).isEqualTo(slots.get(2).id());
    assertThat(again).isEqualTo(moved);
    assertThat(moved.startsAt()).isEqualTo(slots.get(2).startsAt());
    List<InspectionSlot> after = traffic.inspections().slots(stationId, day, RequestOptions.none());
    assertThat(after.get(1).remaining()).isEqualTo(after.get(1).capacity());
    assertThat(after.get(2).remaining()).isEqualTo(after.get(2).capacity() - 1);
    assertThat(traffic.inspections().listBookings(BookingQuery.all(), asCitizen).data()).extracting(InspectionBooking::slotId)
        .containsExactly(slots.get(2).id());
    assertThat(traffic.inspections().listBookingsAsync(BookingQuery.all(), asCitizen).join().data()).hasSize(1);
  }

  @Test
  void stationsNearAPointAreSortedByDistanceAndAllStationsPaginate() {
    Page<InspectionStation> near = traffic.inspections()
        .listStationsAsync(StationQuery.near(GeoPoint.of(31.2304, 121.4737), 100), RequestOptions.none()).join();
    List<InspectionStation> all = traffic.inspections()
        .listAllStations(new StationQuery(null, null, 1, null), RequestOptions.none()).stream().toList();

    assertThat(near.data()).hasSize(4);
    assertThat(near.data()).extracting(InspectionStation::distanceKm).isSorted();
    assertThat(all).hasSize(4).allSatisfy(s -> assertThat(s.distanceKm()).isNull());
  }

  @Test
  void roadConditionsAlongARouteAndInABox() {
    Page<RoadEvent> box = traffic.roadConditions().list(
        RoadConditionQuery.inBox(GeoPoint.of(30.9, 121.1), GeoPoint.of(31.6, 121.9)), RequestOptions.none());
    List<RoadEvent> route = traffic.roadConditions().listAll(
        RoadConditionQuery.alongRoute(List.of(GeoPoint.of(31.18, 121.42), GeoPoint.of(31.28, 121.52))).withLimit(2),
        RequestOptions.none()).stream().toList();

    assertThat(box.data()).hasSize(9);
    assertThat(box.data()).extracting(RoadEvent::type).doesNotContain(RoadEventType.UNKNOWN);
    assertThat(box.data()).allSatisfy(e -> assertThat(e.geometry().points()).isNotEmpty());
    assertThat(box.data()).anyMatch(e -> e.geometry().type().equals("LineString"));
    assertThat(route).isNotEmpty().allSatisfy(e -> assertThat(box.data()).contains(e));
    assertThat(traffic.roadConditions().listAsync(RoadConditionQuery.inBox(GeoPoint.of(0, 0), GeoPoint.of(1, 1)),
        RequestOptions.none()).join().data()).isEmpty();
  }

  @Test
  void aNewlyRecordedViolationArrivesAsAWebhookAndInTheList() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(services.webhooks(), "traffic.violation.recorded")) {
      sandbox.webhooks().register(receiver.endpoint());
      TrafficData.SeededVehicle car = data.firstVehicleOf(citizen);

      String id = data.recordViolation(car.plate(), car.plateType(), "机动车违反禁止标线指示", 20000, 3);

      ViolationRecorded recorded = receiver.await().data(TrafficEvents.VIOLATION_RECORDED).orElseThrow();
      assertThat(recorded.violationId()).isEqualTo(id);
      assertThat(recorded.plate().value()).isEqualTo(car.plate());
      assertThat(recorded.fine()).isEqualTo(Money.cny(20000));
      assertThat(recorded.status()).isEqualTo(ViolationStatus.UNPROCESSED);
      Violation fetched = traffic.violations().getAsync(id, asCitizen).join();
      assertThat(fetched.status()).isEqualTo(ViolationStatus.UNPROCESSED);
      assertThatThrownBy(() -> traffic.fines().pay(fetched, asCitizen)).isInstanceOf(ConflictException.class);
    }
  }

  @Test
  void licencePointsAndInspectionDueEventsAreTyped() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(services.webhooks(), "traffic.inspection.due")) {
      sandbox.webhooks().register(receiver.endpoint());
      TrafficData.SeededVehicle car = data.firstVehicleOf(citizen);

      data.changeLicencePoints(citizen.id(), 12);
      data.announceInspectionDue(car.plate(), car.plateType());

      InspectionDue due = receiver.await().data(TrafficEvents.INSPECTION_DUE).orElseThrow();
      assertThat(due.plate().value()).isEqualTo(car.plate());
      LicencePointsChanged changed = receiver.events().stream()
          .flatMap(e -> e.data(TrafficEvents.LICENCE_POINTS_CHANGED).stream()).findFirst().orElseThrow();
      assertThat(changed.previousPoints()).isEqualTo(3);
      assertThat(changed.points()).isEqualTo(12);
      assertThat(traffic.licence().get(asCitizen).has(LicenceStatus.OVER_POINTS)).isTrue();
    }
  }

  @Test
  void everyCityHasPlatesOfItsProvinceAndViolationsInEveryState() {
    for (CityCode city : List.of(CityCode.HANGZHOU, CityCode.SHENZHEN, CityCode.GUANGZHOU)) {
      try (CityServices there = SandboxClients.client(sandbox, city)) {
        Citizen first = sandbox.seed().firstCitizen(city);
        RequestOptions as = RequestOptions.forCitizen(SandboxClients.citizenToken(there, sandbox, first.id()));
        TrafficClient local = TrafficClient.create(there);

        List<Violation> all = local.violations().listAll(ViolationQuery.ownVehicles().build(), as).stream().toList();

        String prefix = Map.of(CityCode.HANGZHOU, "浙A", CityCode.SHENZHEN, "粤B", CityCode.GUANGZHOU, "粤A").get(city);
        assertThat(all).allSatisfy(v -> assertThat(v.plate().value()).startsWith(prefix));
        assertThat(all).extracting(Violation::status).contains(ViolationStatus.UNPROCESSED, ViolationStatus.PAYABLE,
            ViolationStatus.OVERDUE, ViolationStatus.PAID, ViolationStatus.CLOSED, ViolationStatus.WITHDRAWN);
        assertThat(local.vehicles().listAll(VehicleQuery.all(), as).stream().toList())
            .extracting(v -> v.plate().isNewEnergy()).containsExactly(false, true);
      }
    }
  }

  @Test
  void aCitizenSeesNoViolationOfAnotherCitizen() {
    Violation mine = firstPayable();
    Citizen other = sandbox.seed().citizens(CityCode.SHANGHAI).get(1);

    assertThatThrownBy(() -> traffic.violations().get(mine.id(), citizenOptions(other)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theSameIdempotencyKeyReturnsTheFirstPaymentAndRefusesAnotherBody() {
    Violation unpaid = firstPayable();
    RequestOptions keyed = asCitizen.toBuilder().idempotencyKey("pay-" + unpaid.id()).build();

    FinePayment first = traffic.fines().pay(unpaid, keyed);
    FinePayment replay = traffic.fines().pay(new PayFineRequest(unpaid.id(), unpaid.amountDue()), keyed);

    assertThat(replay.id()).isEqualTo(first.id());
    assertThat(data.paymentCount(unpaid.id())).isEqualTo(1);
    assertThatThrownBy(() -> traffic.fines().pay(new PayFineRequest(unpaid.id(), Money.cny(1)), keyed))
        .isInstanceOf(IdempotencyException.class);
  }

  @Test
  @CitySandboxTest
  void timePassingMakesFinesOverdueAndPaymentsWrittenOffByTheTreasury() {
    Violation payable = firstPayable();
    FinePayment payment = traffic.fines().pay(payable, asCitizen);
    assertThat(payment.receiptNumber()).isNull();
    String dueSoon = traffic.violations()
        .list(ViolationQuery.ownVehicles().statuses(ViolationStatus.PAYABLE).build(), asCitizen).data().stream()
        .filter(v -> v.paymentDeadline() != null).min(Comparator.comparing(Violation::paymentDeadline))
        .orElseThrow().id();

    sandbox.clock().advance(Duration.ofDays(25));

    // Signatures carry the time, so the client must share the sandbox's moved clock.
    try (CityServices later = CityServices.builder().baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials()).defaultCity(CityCode.SHANGHAI).clock(sandbox.clock()).build()) {
      RequestOptions as = RequestOptions.forCitizen(SandboxClients.citizenToken(later, sandbox, citizen.id()));
      TrafficClient laterTraffic = TrafficClient.create(later);

      FinePayment settled = laterTraffic.fines().get(payment.id(), as);
      Violation overdue = laterTraffic.violations().get(dueSoon, as);

      assertThat(settled.settlement()).isEqualTo(FinePayment.Settlement.WRITTEN_OFF_BY_TREASURY);
      assertThat(settled.receiptNumber()).isNotBlank();
      assertThat(overdue.status()).isEqualTo(ViolationStatus.OVERDUE);
      assertThat(overdue.lateFee().isPositive()).isTrue();
      assertThat(overdue.lateFee().compareTo(overdue.fine())).isLessThanOrEqualTo(0);
      assertThat(laterTraffic.fines().pay(overdue, as).amount()).isEqualTo(overdue.fine().plus(overdue.lateFee()));
    }
  }
}

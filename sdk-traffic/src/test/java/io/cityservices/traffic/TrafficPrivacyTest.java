package io.cityservices.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.model.Money;
import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Records holding personal data never show it in clear in toString(). */
class TrafficPrivacyTest {

  static final String PLATE = "沪A12345";
  static final PlateNumber PLATE_NUMBER = PlateNumber.of(PLATE);

  @Test
  void violationMasksThePlate() {
    Violation v = new Violation("v1", PLATE_NUMBER, PlateType.SMALL, OffsetDateTime.now(), "p", "路口", "1352", "超速",
        72, 60, Money.cny(20000), Money.cny(0), 3, "a", "a", ViolationSource.CAMERA, "d", ViolationStatus.PAYABLE,
        "1", "0", LocalDate.now(), null, List.of());

    assertThat(v.toString()).doesNotContain(PLATE).contains("沪A***45");
  }

  @Test
  void bookingsVehiclesAndEventsMaskPlatesAndVins() {
    InspectionBooking booking = new InspectionBooking("ib", "st", "sl", PLATE_NUMBER, PlateType.SMALL,
        BookingStatus.BOOKED, null, null, null);
    Vehicle vehicle = new Vehicle(PLATE_NUMBER, PlateType.SMALL, "LSVAB12C3D4567890", "大众", Set.of("A"), null);
    ViolationRecorded recorded = new ViolationRecorded("v1", "c-1", PLATE_NUMBER, PlateType.SMALL, null, "超速",
        Money.cny(20000), 3, ViolationStatus.UNPROCESSED);
    InspectionDue due = new InspectionDue("c-1", PLATE_NUMBER, PlateType.SMALL, LocalDate.now());
    BookInspectionRequest request = new BookInspectionRequest("st", "sl", PLATE, PlateType.SMALL);

    assertThat(List.of(booking, vehicle, recorded, due, request))
        .allSatisfy(o -> assertThat(o.toString()).doesNotContain(PLATE));
    assertThat(vehicle.toString()).doesNotContain("LSVAB12C3D4567890").contains("7890");
  }

  @Test
  void violationQueryMasksThePlateAndTheEngineNumberSuffix() {
    ViolationQuery query = ViolationQuery.forVehicle(PLATE, PlateType.SMALL, "A1B2C3").limit(5).build();

    assertThat(query.toString()).doesNotContain(PLATE).doesNotContain("A1B2C3").contains("沪A***45")
        .contains("limit=5");
    assertThat(ViolationQuery.ownVehicles().build().toString()).contains("plate=null");
  }

  @Test
  void licenceMasksNumberAndFileNumber() {
    DrivingLicence licence = new DrivingLicence("310101199001011234", "310012345678", "C1", null, null, null, 2, null,
        Set.of("A"));

    assertThat(licence.toString()).doesNotContain("310101199001011234").doesNotContain("310012345678")
        .contains("310***********1234");
  }
}

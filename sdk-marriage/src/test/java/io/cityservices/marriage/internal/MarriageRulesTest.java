package io.cityservices.marriage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.marriage.BookingRequest;
import io.cityservices.marriage.IdNumbers;
import io.cityservices.marriage.Party;
import io.cityservices.marriage.Slot;
import io.cityservices.marriage.SlotStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Requests that keep the rules break none (those that break them are refused in MarriageValidationTest). */
class MarriageRulesTest {
  static final LocalDate DAY = LocalDate.of(2026, 12, 10);
  static final Slot SLOT = new Slot("310104-MR-20261210-0900", "310104-MR", DAY,
      OffsetDateTime.parse("2026-12-10T09:00:00+08:00"), OffsetDateTime.parse("2026-12-10T10:00:00+08:00"), 10, 4,
      SlotStatus.OPEN);

  static ResidentIdNumber aged(int years, boolean man) {
    return IdNumbers.of("310104", DAY.minusYears(years), man ? "011" : "022");
  }

  static Party partner(ResidentIdNumber id) {
    return Party.of(PersonName.of("李小红"), id);
  }

  @Test
  void turning20OnTheBookedDayIsOfAge() {
    assertThat(MarriageRules.booking(
        BookingRequest.marriage(SLOT, aged(22, true), partner(aged(20, false))).declarationAccepted().build())).isEmpty();
  }

  @Test
  void ageIsNotCheckedForADivorce() {
    assertThat(MarriageRules.booking(
        BookingRequest.divorce(SLOT, aged(21, true), partner(aged(19, false))).declarationAccepted().build())).isEmpty();
  }
}

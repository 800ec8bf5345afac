package io.cityservices.marriage;

import static io.cityservices.marriage.MarriageSandboxes.marriage;
import static io.cityservices.marriage.MarriageSandboxes.signIn;
import static io.cityservices.marriage.MarriageSandboxes.slotAhead;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.PersonName;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.marriage.MarriageSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marital data and both parties' identities never reach a toString or the TRACE log in clear. */
@CitySandboxTest
class MarriagePrivacyTest {
  CitySandbox sandbox;

  @Test
  void modelsMaskBothParties() {
    Party partner = MarriageWireMockTest.PARTNER;
    BookingRequest request = BookingRequest.marriage(MarriageWireMockTest.SLOT, MarriageWireMockTest.MAN, partner)
        .declarationAccepted().build();
    Booking booking = new Booking("mb-1", BookingType.MARRIAGE, BookingStatus.CONFIRMED, PartyRole.PARTNER, "o", "s",
        null, null, null, Party.of(PersonName.of("王大明"), MarriageWireMockTest.MAN), partner, null, null, null, null, null);
    for (String text : List.of(partner.toString(), request.toString(), booking.toString())) {
      assertThat(text).doesNotContain(MarriageWireMockTest.WOMAN.value(), MarriageWireMockTest.MAN.value(), "李小红", "小红",
          "王大明", "大明");
    }
    assertThat(partner.toString()).contains("李*", "310***********");
  }

  @Test
  void aWholeJourneyAtTraceLeavesNoNameOrIdentityNumberInTheLog() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    List<Citizen> couple = sandbox.data(MarriageSandbox.class).unmarriedCouple(CityCode.SHENZHEN);
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (CityServices services = MarriageSandboxes.client(sandbox, CityCode.SHENZHEN)) {
      MarriageClient marriage = MarriageClient.create(services);
      RequestOptions asMan = signIn(services, couple.get(0));
      RequestOptions asWoman = signIn(services, couple.get(1));
      Slot slot = slotAhead(marriage, "440305-MR", 2, Clock.systemUTC());
      Booking booking = marriage.bookings().book(marriage(slot, couple.get(0), couple.get(1)), asMan);
      marriage.bookings().consent(booking.id(), asWoman);
      marriage.bookings().list(BookingQuery.all(), asWoman);
      marriage.bookings().cancel(booking.id(), asMan);
    } finally {
      System.setOut(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("response body");
    for (Citizen c : couple) {
      assertThat(log).doesNotContain(c.idNumber().value(), c.name().value(), c.phone().value());
    }
  }
}

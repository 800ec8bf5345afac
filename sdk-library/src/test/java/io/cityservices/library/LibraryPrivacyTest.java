package io.cityservices.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.model.Money;
import io.cityservices.core.privacy.Redactor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person borrows and their card number never show in clear in a toString or a logged body. */
class LibraryPrivacyTest {

  static final String TITLE = "如何应对抑郁症";
  static final String CARD_NUMBER = "310012345678";

  static Loan loan() {
    return new Loan("loan-1", "item-1", "rec-1", TITLE, "lib-1", null, LocalDate.of(2026, 12, 4), false, 0, 2);
  }

  static Hold hold() {
    return new Hold("hold-1", "rec-1", null, TITLE, "lib-1", HoldStatus.OPEN_AWAITING_PICKUP, null, null, null, null);
  }

  static ReaderCard card() {
    return new ReaderCard("card-1", CARD_NUMBER, CardType.DEPOSIT, CardStatus.ACTIVE, null, "lib-1", Money.cny(10_000),
        new CardLimits(20, 2, 5), null, LocalDate.of(2030, 1, 1));
  }

  @Test
  void aLoanAndAHoldHideTheTitle() {
    assertThat(loan().toString()).doesNotContain(TITLE).contains("loan-1", "itemTitle=***");
    assertThat(hold().toString()).doesNotContain(TITLE).contains("hold-1", "OPEN_AWAITING_PICKUP");
  }

  @Test
  void aCardMasksItsNumber() {
    assertThat(card().toString()).doesNotContain(CARD_NUMBER).contains("********5678");
  }

  @Test
  void theAccountShowsNeitherTitlesNorTheCardNumber() {
    ReaderAccount account = new ReaderAccount(card(), List.of(loan()), List.of(hold()), List.of(), Money.cny(0));
    assertThat(account.toString()).doesNotContain(TITLE, CARD_NUMBER);
  }

  @Test
  void theTransportsTraceLogMasksTitlesAndCardNumbersInBodies() {
    String loanBody = "{\"id\":\"loan-1\",\"item_title\":\"" + TITLE + "\",\"due_date\":\"2026-12-04\"}";
    String cardBody = "{\"id\":\"card-1\",\"card_number\":\"" + CARD_NUMBER + "\"}";

    assertThat(Redactor.excerpt(loanBody, 2_000)).doesNotContain(TITLE).contains("loan-1");
    assertThat(Redactor.excerpt(cardBody, 2_000)).doesNotContain(CARD_NUMBER);
  }

  @Test
  void eventsCarryNoTitle() {
    assertThat(LoanEvent.class.getRecordComponents()).extracting(c -> c.getName()).doesNotContain("itemTitle", "title");
    assertThat(HoldEvent.class.getRecordComponents()).extracting(c -> c.getName()).doesNotContain("itemTitle", "title");
  }

  @Test
  void clientToStringNamesOnlyTheCity() {
    try (io.cityservices.core.CityServices services = io.cityservices.core.CityServices.builder()
        .baseUrl("http://127.0.0.1:9").checkServiceCatalog(false).build()) {
      assertThat(LibraryClient.create(services, io.cityservices.core.model.CityCode.SHANGHAI).toString())
          .isEqualTo("LibraryClient[city=310000]");
    }
  }
}

package io.cityservices.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.Money;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared "pay a selection" rules: each broken rule is reported on the field and with the words
 * the service module chose, and the amount is only compared once every item is sound.
 */
class PaymentSelectionTest {

  record Ticket(String id, Money due, String status) {}

  static final PaymentSelection<Ticket> TICKETS = PaymentSelection.of("tickets", "ticket",
      Ticket::id, Ticket::due, i -> "OPEN".equals(i.status()), Ticket::status);

  static final Ticket A = new Ticket("a", Money.cny(100), "OPEN");
  static final Ticket B = new Ticket("b", Money.cny(250), "OPEN");

  @Test
  void anAmountEqualToTheTotalDueOfPayableItemsBreaksNoRule() {
    assertThat(TICKETS.check(Money.cny(350), List.of(A, B))).isEmpty();
  }

  @Test
  void anAbsentAmountOrSelectionIsLeftToTheRequestsAnnotations() {
    assertThat(TICKETS.check(null, List.of(A))).isEmpty();
    assertThat(TICKETS.check(Money.cny(100), null)).isEmpty();
    assertThat(TICKETS.check(Money.cny(100), List.of())).isEmpty();
  }

  @Test
  void theAmountMustBePositive() {
    assertThat(TICKETS.check(Money.cny(0), List.of())).containsExactly(
        new FieldViolation("amount", "must be greater than zero"));
  }

  @Test
  void theFirstItemNotReadFromThePlatformStopsTheCheck() {
    Ticket noId = new Ticket(null, Money.cny(1), "OPEN");
    Ticket noDue = new Ticket("c", null, "OPEN");
    assertThat(TICKETS.check(Money.cny(100), Arrays.asList(A, null, noId)))
        .containsExactly(new FieldViolation("tickets[1]", "must be a ticket read from the platform"));
    assertThat(TICKETS.check(Money.cny(100), List.of(noId, noDue)))
        .containsExactly(new FieldViolation("tickets[0]", "must be a ticket read from the platform"));
    assertThat(TICKETS.check(Money.cny(100), List.of(A, noDue)))
        .containsExactly(new FieldViolation("tickets[1]", "must be a ticket read from the platform"));
  }

  @Test
  void anItemListedTwiceOrNotPayableIsReportedAndTheAmountIsNotCompared() {
    Ticket closed = new Ticket("c", Money.cny(5), "CLOSED");
    assertThat(TICKETS.check(Money.cny(1), List.of(A, A, closed))).containsExactly(
        new FieldViolation("tickets[1]", "is listed more than once"),
        new FieldViolation("tickets[2].status", "is CLOSED, which cannot be paid"));
    assertThat(TICKETS.check(Money.cny(1), List.of(new Ticket("d", Money.cny(1), null)))).containsExactly(
        new FieldViolation("tickets[0].status", "is null, which cannot be paid"));
  }

  @Test
  void theAmountMustBeInTheItemsCurrencyAndEqualTheirTotal() {
    Money usd = Money.of(350, Currency.getInstance("USD"));
    assertThat(TICKETS.check(usd, List.of(A, B))).containsExactly(
        new FieldViolation("amount", "must be in the currency of every ticket's amount due"));
    assertThat(TICKETS.check(Money.cny(300), List.of(A, B))).containsExactly(
        new FieldViolation("amount", "must equal the total due of the tickets, " + Money.cny(350)));
  }

  @Test
  void theAmountMessagesCanBeWordedForTheItems() {
    PaymentSelection<Ticket> charges = TICKETS.describingAmounts("every charge", "the total of the charges");
    Money usd = Money.of(100, Currency.getInstance("USD"));
    assertThat(charges.check(usd, List.of(A))).containsExactly(
        new FieldViolation("amount", "must be in the currency of every charge"));
    assertThat(charges.check(Money.cny(99), List.of(A))).containsExactly(
        new FieldViolation("amount", "must equal the total of the charges, " + Money.cny(100)));
  }

  @Test
  void theViolationsCanBeAddedTo() {
    List<FieldViolation> violations = TICKETS.check(Money.cny(100), List.of(A));
    violations.add(new FieldViolation("other", "is wrong"));
    assertThat(violations).hasSize(1);
  }
}

package io.cityservices.core.overview;

import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.model.Money;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A second department module on the test classpath that always answers, with one undated to-do,
 * and settles payable to-dos as their reference says: {@code ok-*} is paid, {@code refused} is a
 * conflict, {@code reset} loses the connection, {@code hang} never answers, {@code bug} throws.
 */
public final class FakeParkingContributor implements OverviewContributor {

  /** The service loader's way in. */
  public FakeParkingContributor() {}

  /** Every context a settle call was made with, across tests (cleared by the test). */
  static final Queue<OverviewContext> SETTLED = new ConcurrentLinkedQueue<>();

  @Override
  public String department() {
    return "parking";
  }

  @Override
  public CompletableFuture<OverviewSection> sectionAsync(OverviewContext context) {
    return CompletableFuture.completedFuture(new FakeSection("parking", context.city(), Money.cny(1_000), List.of(
        ToDo.builder("parking", context.city(), "Renew the residents' parking permit for 沪A12345").build(),
        ToDo.builder("parking", context.city(), "Pay the parking ticket")
            .amount(Money.cny(1_000))
            .dueOn(context.today().plusDays(1), context.today())
            .build())));
  }

  @Override
  public CompletableFuture<PaymentReceipt> settleAsync(ToDo toDo, OverviewContext context) {
    SETTLED.add(context);
    return switch (toDo.reference()) {
      case "refused" -> CompletableFuture.failedFuture(
          new ConflictException("not payable", 409, "ticket_not_payable", "req-2", null, null));
      case "reset" -> CompletableFuture.failedFuture(
          new TransportException("connection reset", 0, "connection_reset", null, null, null));
      case "hang" -> new CompletableFuture<>();
      case "bug" -> throw new IllegalStateException("a bug in the module");
      default -> CompletableFuture.completedFuture(new PaymentReceipt("pay-" + toDo.reference(), toDo.amount()));
    };
  }
}

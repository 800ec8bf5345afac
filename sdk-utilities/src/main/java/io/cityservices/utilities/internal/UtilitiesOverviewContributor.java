package io.cityservices.utilities.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.PaymentDeclinedException;
import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.PaymentReceipt;
import io.cityservices.core.overview.ToDo;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.BillQuery;
import io.cityservices.utilities.BillStatus;
import io.cityservices.utilities.PayBillsRequest;
import io.cityservices.utilities.Payment;
import io.cityservices.utilities.PaymentStatus;
import io.cityservices.utilities.UtilitiesClient;
import io.cityservices.utilities.UtilitiesSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Utilities' part of the citizen overview: every outstanding bill, one to-do each. Registered
 * through {@code META-INF/services}.
 */
public final class UtilitiesOverviewContributor implements OverviewContributor {

  @Override
  public String department() {
    return UtilitiesSection.DEPARTMENT;
  }

  @Override
  public CompletableFuture<UtilitiesSection> sectionAsync(OverviewContext context) {
    UtilitiesClient utilities = UtilitiesClient.create(context.client(), context.city());
    LocalDate today = context.today();
    BillQuery outstanding = BillQuery.outstanding();
    return context
        .allPages(cursor -> utilities.bills().listAsync(outstanding.withCursor(cursor), context.options()))
        .thenApply(bills -> new UtilitiesSection(
            context.city(), bills, bills.stream().map(b -> toDo(context, today, b)).toList()));
  }

  /**
   * Pays an outstanding bill's to-do: reads the bill (the payment request carries it, so the amount
   * is checked before sending) and pays exactly the amount the citizen was shown. A bill already
   * paid, by an earlier run or anyone else, is settled: its payment is the receipt, nothing is sent.
   */
  @Override
  public CompletableFuture<PaymentReceipt> settleAsync(ToDo toDo, OverviewContext context) {
    UtilitiesClient utilities = UtilitiesClient.create(context.client(), context.city());
    RequestOptions read = context.options().toBuilder().idempotencyKey(null).build();
    // settle hands over payable to-dos only, which have a reference and an amount (ToDo checks it).
    return utilities.bills().getAsync(Objects.requireNonNull(toDo.reference()), read).thenCompose(bill -> {
      if (!bill.status().isPayable() && bill.paymentId() != null) {
        return utilities.payments().getAsync(bill.paymentId(), read)
            .thenApply(UtilitiesOverviewContributor::receipt);
      }
      return utilities.payments().payAsync(PayBillsRequest.of(List.of(bill), Objects.requireNonNull(toDo.amount())), context.options())
          .thenApply(UtilitiesOverviewContributor::receipt);
    });
  }

  private static PaymentReceipt receipt(Payment payment) {
    if (payment.status() == PaymentStatus.FAILED) {
      throw new PaymentDeclinedException("The bill payment was declined",
          payment.failureCode() == null ? "payment_declined" : payment.failureCode(), payment.id());
    }
    return new PaymentReceipt(payment.id(), payment.amount());
  }

  private static ToDo toDo(OverviewContext context, LocalDate today, Bill bill) {
    String type = bill.type() == null ? "utility" : bill.type().name().toLowerCase(Locale.ROOT);
    return ToDo.builder(UtilitiesSection.DEPARTMENT, context.city(), "Pay the " + type + " bill for " + bill.period())
        .amount(bill.amountDue())
        .dueOn(bill.dueDate(), today)
        .overdue(bill.status() == BillStatus.OVERDUE)
        .reference(bill.id())
        .operation("utilities.payments().pay(PayBillsRequest.of(bill), options)")
        .payable()
        .build();
  }
}

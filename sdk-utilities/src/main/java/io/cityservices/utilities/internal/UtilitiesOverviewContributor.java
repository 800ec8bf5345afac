package io.cityservices.utilities.internal;

import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.ToDo;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.BillQuery;
import io.cityservices.utilities.BillStatus;
import io.cityservices.utilities.UtilitiesClient;
import io.cityservices.utilities.UtilitiesSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

  private static ToDo toDo(OverviewContext context, LocalDate today, Bill bill) {
    String type = bill.type() == null ? "utility" : bill.type().name().toLowerCase(Locale.ROOT);
    return ToDo.builder(UtilitiesSection.DEPARTMENT, context.city(), "Pay the " + type + " bill for " + bill.period())
        .amount(bill.amountDue())
        .dueOn(bill.dueDate(), today)
        .overdue(bill.status() == BillStatus.OVERDUE)
        .reference(bill.id())
        .operation("utilities.payments().pay(PayBillsRequest.of(bill), options)")
        .build();
  }
}

package io.cityservices.core.overview;

import io.cityservices.core.model.Money;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A second department module on the test classpath that always answers, with one undated to-do. */
public final class FakeParkingContributor implements OverviewContributor {

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
}

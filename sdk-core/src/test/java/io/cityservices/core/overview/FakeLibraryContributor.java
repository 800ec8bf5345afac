package io.cityservices.core.overview;

import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * A department module found only through {@code META-INF/services} in this module's test
 * resources: core itself names no department. What it does depends on the city, so that one
 * overview over several cities exercises every outcome at once.
 */
public final class FakeLibraryContributor implements OverviewContributor {

  /** The service loader's way in. */
  public FakeLibraryContributor() {}

  /** Every context it was called with, across tests (cleared by the test). */
  static final Queue<OverviewContext> CALLS = new ConcurrentLinkedQueue<>();

  private static final Map<CityCode, Function<OverviewContext, CompletableFuture<OverviewSection>>> BY_CITY = Map.of(
      CityCode.SHANGHAI, FakeLibraryContributor::answer,
      CityCode.HANGZHOU, c -> CompletableFuture.failedFuture(new DepartmentUnavailableException(
          "library down", 503, "department_unavailable", "req-1", null, "330100/library", false, null)),
      CityCode.SHENZHEN, c -> {
        throw new IllegalStateException("a bug in the module");
      },
      CityCode.NINGBO, c -> new CompletableFuture<>());

  @Override
  public String department() {
    return "library";
  }

  @Override
  public CompletableFuture<OverviewSection> sectionAsync(OverviewContext context) {
    CALLS.add(context);
    return BY_CITY.getOrDefault(context.city(), FakeLibraryContributor::answer).apply(context);
  }

  private static CompletableFuture<OverviewSection> answer(OverviewContext context) {
    return CompletableFuture.completedFuture(new FakeSection("library", context.city(), Money.cny(150), List.of(
        ToDo.builder("library", context.city(), "Return a book borrowed by 110101199003074514")
            .dueOn(context.today().plusDays(3), context.today())
            .build(),
        ToDo.builder("library", context.city(), "Pay the overdue fine")
            .amount(Money.cny(150))
            .dueOn(context.today().minusDays(2), context.today())
            .build())));
  }
}

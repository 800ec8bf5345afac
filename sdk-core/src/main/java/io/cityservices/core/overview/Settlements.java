package io.cityservices.core.overview;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CitizenView#settle} did: one {@link Settlement} per to-do, in the order given.
 *
 * @param results the outcomes, in the order of the to-dos
 */
public record Settlements(List<Settlement> results) {

  /** @throws NullPointerException if {@code results} or one of them is null */
  public Settlements {
    results = List.copyOf(results);
  }

  /** The to-dos the platform confirmed as paid. */
  public List<Settlement.Paid> paid() {
    return only(Settlement.Paid.class);
  }

  /** The to-dos refused, nothing charged. */
  public List<Settlement.Failed> failed() {
    return only(Settlement.Failed.class);
  }

  /** The to-dos whose outcome is not known: settle them again (never charges twice). */
  public List<Settlement.Unknown> unknown() {
    return only(Settlement.Unknown.class);
  }

  /** Whether every to-do was paid. */
  public boolean allPaid() {
    return results.stream().allMatch(Settlement.Paid.class::isInstance);
  }

  /** The outcome for {@code toDo}, if it was one of those settled. */
  public Optional<Settlement> outcomeOf(ToDo toDo) {
    Objects.requireNonNull(toDo, "toDo");
    return results.stream().filter(r -> r.toDo().equals(toDo)).findFirst();
  }

  private <S extends Settlement> List<S> only(Class<S> type) {
    return results.stream().filter(type::isInstance).map(type::cast).toList();
  }
}

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

  /**
   * Copies the outcomes.
   *
   * @param results the outcomes, one per to-do; copied
   * @throws NullPointerException if {@code results} or one of them is null
   */
  public Settlements {
    results = List.copyOf(results);
  }

  /**
   * The to-dos the platform confirmed as paid.
   *
   * @return the paid outcomes, in the order of the to-dos
   */
  public List<Settlement.Paid> paid() {
    return only(Settlement.Paid.class);
  }

  /**
   * The to-dos refused, nothing charged.
   *
   * @return the failed outcomes, in the order of the to-dos
   */
  public List<Settlement.Failed> failed() {
    return only(Settlement.Failed.class);
  }

  /**
   * The to-dos whose outcome is not known: settle them again (never charges twice).
   *
   * @return the unknown outcomes, in the order of the to-dos
   */
  public List<Settlement.Unknown> unknown() {
    return only(Settlement.Unknown.class);
  }

  /**
   * Whether every to-do was paid.
   *
   * @return true if every outcome is {@link Settlement.Paid}
   */
  public boolean allPaid() {
    return results.stream().allMatch(Settlement.Paid.class::isInstance);
  }

  /**
   * The outcome for {@code toDo}, if it was one of those settled.
   *
   * @param toDo one of the to-dos passed to {@link CitizenView#settle}; not null
   * @return its outcome, or empty if it was not settled here
   */
  public Optional<Settlement> outcomeOf(ToDo toDo) {
    Objects.requireNonNull(toDo, "toDo");
    return results.stream().filter(r -> r.toDo().equals(toDo)).findFirst();
  }

  private <S extends Settlement> List<S> only(Class<S> type) {
    return results.stream().filter(type::isInstance).map(type::cast).toList();
  }
}

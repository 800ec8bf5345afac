package io.cityservices.core.overview;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.privacy.Redactor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something a citizen should do for a department: pay a fine or a bill, go to an appointment, book
 * an inspection. Immutable; build with {@link #builder(String, CityCode, String)}.
 *
 * @param department the department, e.g. {@code traffic}
 * @param city the city
 * @param title what to do, readable; personal data in it is masked on construction
 * @param amount what is owed, or null when nothing is to be paid
 * @param dueOn the day it is due (last day to pay, day of the appointment), or null when undated
 * @param overdue whether the due day has passed
 * @param reference the id of what to act on (a violation, bill or appointment id), or null
 * @param operation the SDK call that settles it, e.g. {@code traffic.fines().pay(violation, options)},
 *     or null when no SDK call does
 * @param payable whether {@link CitizenView#settle(List, io.cityservices.core.RequestOptions)} can
 *     pay it: its department module pays {@code amount} for {@code reference}
 */
public record ToDo(
    String department,
    CityCode city,
    String title,
    @Nullable Money amount,
    @Nullable LocalDate dueOn,
    boolean overdue,
    @Nullable String reference,
    @Nullable String operation,
    boolean payable) {

  /** Earliest due first, undated last; then by department and title, for a stable order. */
  public static final Comparator<ToDo> BY_DUE_DATE =
      Comparator.comparing(ToDo::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ToDo::department)
          .thenComparing(ToDo::title);

  /**
   * Checks the required components and masks personal data in the title.
   *
   * @param department the department; not null
   * @param city the city; not null
   * @param title what to do; not null, masked by {@link Redactor#redactText(String)}
   * @param amount what is owed, or null
   * @param dueOn the due day, or null
   * @param overdue whether the due day has passed
   * @param reference the id of what to act on, or null
   * @param operation the SDK call that settles it, or null
   * @param payable whether {@link CitizenView#settle} can pay it
   * @throws NullPointerException if {@code department}, {@code city} or {@code title} is null
   * @throws IllegalArgumentException if {@code payable} without a positive {@code amount} and a
   *     non-blank {@code reference}
   */
  public ToDo {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(title, "title");
    // A safety net: contributors mask what they put in titles, but a plate or identity number
    // slipping through must still not reach a log through toString().
    title = Redactor.redactText(title);
    if (payable && (amount == null || !amount.isPositive() || reference == null || reference.isBlank())) {
      throw new IllegalArgumentException("a payable to-do needs a positive amount and a reference");
    }
  }

  /**
   * A builder for a to-do of {@code department} in {@code city}.
   *
   * @param department the department, e.g. {@code traffic}; not null
   * @param city the city; not null
   * @param title what to do, readable; not null
   * @return a builder for an undated to-do with nothing to pay
   */
  public static Builder builder(String department, CityCode city, String title) {
    return new Builder(department, city, title);
  }

  /**
   * What is owed, when something is to be paid.
   *
   * @return {@link #amount()}, or empty when nothing is to be paid
   */
  public Optional<Money> amountOptional() {
    return Optional.ofNullable(amount);
  }

  /**
   * The due day, when there is one.
   *
   * @return {@link #dueOn()}, or empty when undated
   */
  public Optional<LocalDate> dueOnOptional() {
    return Optional.ofNullable(dueOn);
  }

  /** Builds a {@link ToDo}. Not thread-safe. */
  public static final class Builder {
    private final String department;
    private final CityCode city;
    private final String title;
    private @Nullable Money amount;
    private @Nullable LocalDate dueOn;
    private boolean overdue;
    private @Nullable String reference;
    private @Nullable String operation;
    private boolean payable;

    private Builder(String department, CityCode city, String title) {
      this.department = department;
      this.city = city;
      this.title = title;
    }

    /**
     * What is owed.
     *
     * @param amount what is owed, or null when nothing is to be paid
     * @return this builder
     */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * The day it is due, and whether that day has passed compared with {@code today}.
     *
     * @param dueOn the due day, or null when undated
     * @param today the citizen's today, in the city's time zone
     * @return this builder
     */
    public Builder dueOn(@Nullable LocalDate dueOn, LocalDate today) {
      this.dueOn = dueOn;
      this.overdue = dueOn != null && dueOn.isBefore(today);
      return this;
    }

    /**
     * Marks it overdue whatever the date says (the department says so).
     *
     * @param overdue true to mark it overdue; false keeps what {@link #dueOn} decided
     * @return this builder
     */
    public Builder overdue(boolean overdue) {
      this.overdue = this.overdue || overdue;
      return this;
    }

    /**
     * The id of what to act on.
     *
     * @param reference a violation, bill or appointment id, or null
     * @return this builder
     */
    public Builder reference(@Nullable String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * The SDK call that settles it.
     *
     * @param operation the call as a readable Java expression, e.g. {@code
     *     traffic.fines().pay(violation, options)}, or null
     * @return this builder
     */
    public Builder operation(@Nullable String operation) {
      this.operation = operation;
      return this;
    }

    /**
     * Marks it payable through {@link CitizenView#settle}: only for a department whose {@link
     * OverviewContributor#settleAsync} pays {@link #amount(Money) amount} for {@link
     * #reference(String) reference}; both must then be set.
     *
     * @return this builder
     */
    public Builder payable() {
      this.payable = true;
      return this;
    }

    /**
     * The to-do.
     *
     * @return a new to-do with this builder's values
     * @throws IllegalArgumentException when marked payable without a positive amount and a reference
     */
    public ToDo build() {
      return new ToDo(department, city, title, amount, dueOn, overdue, reference, operation, payable);
    }
  }
}

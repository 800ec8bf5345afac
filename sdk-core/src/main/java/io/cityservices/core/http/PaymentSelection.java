package io.cityservices.core.http;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a request that pays a selection of items read from the platform (bills, charges, …)
 * for a stated {@code amount}, checked before anything is sent. Service provider interface: service
 * modules keep one instance per kind of item and call {@link #check} from their request's extra
 * rules, handing the result to {@code ApiRequest.Builder.violations}.
 *
 * <p>The rules, in order, with the field each broken one is reported on:
 *
 * <ul>
 *   <li>{@code amount}: greater than zero;
 *   <li>the list field, e.g. {@code bills}: no rule here when null or empty (the request's
 *       {@code @NotEmpty} reports that);
 *   <li>{@code bills[i]}: an item read from the platform, i.e. with an id and an amount due; the
 *       first item that is not stops the check;
 *   <li>{@code bills[i]}: not listed earlier in the selection (same id);
 *   <li>{@code bills[i].status}: payable now;
 *   <li>{@code amount}, only when every rule above holds: in the currency of every item's amount
 *       due, and equal to their total.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe when the functions they were given are.
 *
 * @param <T> the type of the items paid
 */
public final class PaymentSelection<T> {

  private final String field;
  private final String itemName;
  private final Function<? super T, @Nullable String> id;
  private final Function<? super T, @Nullable Money> amountDue;
  private final Predicate<? super T> payable;
  private final Function<? super T, ? extends @Nullable Object> status;
  private final String itemsAmounts;
  private final String theirTotal;

  private PaymentSelection(
      String field,
      String itemName,
      Function<? super T, @Nullable String> id,
      Function<? super T, @Nullable Money> amountDue,
      Predicate<? super T> payable,
      Function<? super T, ? extends @Nullable Object> status,
      String itemsAmounts,
      String theirTotal) {
    this.field = Objects.requireNonNull(field, "field");
    this.itemName = Objects.requireNonNull(itemName, "itemName");
    this.id = Objects.requireNonNull(id, "id");
    this.amountDue = Objects.requireNonNull(amountDue, "amountDue");
    this.payable = Objects.requireNonNull(payable, "payable");
    this.status = Objects.requireNonNull(status, "status");
    this.itemsAmounts = Objects.requireNonNull(itemsAmounts, "itemsAmounts");
    this.theirTotal = Objects.requireNonNull(theirTotal, "theirTotal");
  }

  /**
   * The rules for paying a list of {@code T}. The amount messages read "must be in the currency of
   * every <i>itemName</i>'s amount due" and "must equal the total due of the <i>field</i>, …";
   * {@link #describingAmounts} words them otherwise.
   *
   * @param field the Java name of the request's list component, e.g. {@code bills}; items are
   *     reported as {@code bills[0]}
   * @param itemName one item in the messages, e.g. {@code bill} in "must be a bill read from the
   *     platform"
   * @param id the item's platform id, null when it was not read from the platform; two items with
   *     equal ids are the same item
   * @param amountDue what paying the item costs, null when it was not read from the platform
   * @param payable whether the item can be paid now
   * @param status what the message about an unpayable item quotes (by {@code toString}), e.g. the
   *     item's status; may return null, quoted as {@code null}
   * @param <T> the type of the items paid
   * @return the rules, worded with {@code itemName} and {@code field}
   * @throws NullPointerException if an argument is null
   */
  public static <T> PaymentSelection<T> of(
      String field,
      String itemName,
      Function<? super T, @Nullable String> id,
      Function<? super T, @Nullable Money> amountDue,
      Predicate<? super T> payable,
      Function<? super T, ? extends @Nullable Object> status) {
    return new PaymentSelection<>(field, itemName, id, amountDue, payable, status,
        "every " + itemName + "'s amount due", "the total due of the " + field);
  }

  /**
   * These rules with the amount messages worded as "must be in the currency of
   * <i>itemsAmounts</i>" and "must equal <i>theirTotal</i>, <i>total</i>".
   *
   * @param itemsAmounts the items' amounts as the currency message names them, e.g.
   *     {@code every charge}
   * @param theirTotal their total as the total message names it, e.g. {@code the total of the
   *     charges}; the message appends the expected total
   * @return new rules, otherwise the same as these
   * @throws NullPointerException if an argument is null
   */
  public PaymentSelection<T> describingAmounts(String itemsAmounts, String theirTotal) {
    return new PaymentSelection<>(field, itemName, id, amountDue, payable, status, itemsAmounts, theirTotal);
  }

  /**
   * The broken rules of paying {@code items} for {@code amount}, in the order listed on the class;
   * empty when the payment can be sent.
   *
   * @param amount the amount the request states, null when absent (the request's own
   *     {@code @NotNull} reports that, and the amount rules are skipped)
   * @param items the selection as the request holds it, null or empty when absent (reported by the
   *     request's own {@code @NotEmpty}); a null element counts as not read from the platform
   * @return the violations, a new modifiable list the caller may add to
   * @throws ArithmeticException if the total of the amounts due overflows a {@code long}
   */
  public List<FieldViolation> check(@Nullable Money amount, @Nullable List<? extends @Nullable T> items) {
    List<FieldViolation> violations = new ArrayList<>();
    if (amount != null && !amount.isPositive()) {
      violations.add(new FieldViolation("amount", "must be greater than zero"));
    }
    if (items == null || items.isEmpty()) {
      return violations;
    }
    Set<String> seen = new HashSet<>();
    List<Money> dues = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      String itemId = item == null ? null : id.apply(item);
      Money due = item == null ? null : amountDue.apply(item);
      if (item == null || itemId == null || due == null) {
        violations.add(new FieldViolation(field + "[" + i + "]", "must be a " + itemName + " read from the platform"));
        return violations;
      }
      if (!seen.add(itemId)) {
        violations.add(new FieldViolation(field + "[" + i + "]", "is listed more than once"));
      }
      if (!payable.test(item)) {
        violations.add(new FieldViolation(field + "[" + i + "].status",
            "is " + status.apply(item) + ", which cannot be paid"));
      }
      dues.add(due);
    }
    if (amount != null && violations.isEmpty()) {
      if (dues.stream().anyMatch(due -> !due.currency().equals(amount.currency()))) {
        violations.add(new FieldViolation("amount", "must be in the currency of " + itemsAmounts));
      } else {
        Money total = Money.sum(amount.currency(), dues);
        if (!amount.equals(total)) {
          violations.add(new FieldViolation("amount", "must equal " + theirTotal + ", " + total));
        }
      }
    }
    return violations;
  }
}

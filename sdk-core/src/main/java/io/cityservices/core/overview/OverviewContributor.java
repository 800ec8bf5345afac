package io.cityservices.core.overview;

import io.cityservices.core.error.ValidationException;
import java.util.concurrent.CompletableFuture;

/**
 * Service provider interface: how a department module contributes its section to a citizen's
 * overview. A module implements it in its {@code internal} package, with a public no-argument
 * constructor, and lists the class in {@code
 * META-INF/services/io.cityservices.core.overview.OverviewContributor}; {@link CitizenView}
 * discovers it with {@link java.util.ServiceLoader}, so the overview grows with the modules on the
 * classpath and core names no department.
 *
 * <p>The SDK calls a contributor only for a city whose catalog offers {@link #department()}, and
 * turns whatever goes wrong (a failed or late future, an exception thrown by {@link #sectionAsync})
 * into an {@link OverviewSection.Unavailable} section: a contributor need not catch anything.
 * Implementations must be thread-safe and stateless between calls.
 */
public interface OverviewContributor {

  /**
   * The department, as the platform's catalog names the service (e.g. {@code traffic}). Sections and
   * to-dos carry it; a city whose catalog lacks it gets {@link OverviewSection.NotOffered}.
   *
   * @return the department's service name
   */
  String department();

  /**
   * Fetches this department's section for one citizen in one city, without blocking: every call
   * must use the asynchronous API with {@link OverviewContext#options()}, which carries the citizen
   * and the time left before the overview's deadline. Calls that do not depend on each other
   * should run concurrently.
   *
   * @param context the client, city, options and date for this section
   * @return the section, with {@link SectionStatus#AVAILABLE}
   */
  CompletableFuture<? extends OverviewSection> sectionAsync(OverviewContext context);

  /**
   * Pays one of the to-dos this contributor marked {@link ToDo#payable() payable}, for {@link
   * CitizenView#settle}: the department's pay call for {@link ToDo#reference()}, charging exactly
   * {@link ToDo#amount()} (a changed amount must be refused, not charged), with {@link
   * OverviewContext#options()}, which carry the citizen, the time left and the {@code
   * Idempotency-Key} the SDK derived for this to-do. A contributor that marks no to-do payable
   * keeps this default, which refuses.
   *
   * @param toDo a payable to-do from this contributor's section
   * @param context the client, city and options to pay with, including the derived idempotency key
   * @return the platform's confirmation; the department's typed exception when refused
   */
  default CompletableFuture<PaymentReceipt> settleAsync(ToDo toDo, OverviewContext context) {
    return CompletableFuture.failedFuture(ValidationException.of(
        "toDo", "the " + department() + " module does not pay to-dos"));
  }
}

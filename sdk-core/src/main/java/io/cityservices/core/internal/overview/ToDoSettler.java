package io.cityservices.core.internal.overview;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.error.BadRequestException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.IdempotencyException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.PermissionException;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.internal.resilience.Deadline;
import io.cityservices.core.model.Money;
import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.PaymentReceipt;
import io.cityservices.core.overview.Settlement;
import io.cityservices.core.overview.Settlements;
import io.cityservices.core.overview.ToDo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays a citizen's chosen to-dos, each through the module that listed it, all at once within one
 * deadline, each with a key derived from the to-do so that settling it again never charges twice.
 */
final class ToDoSettler {

  private static final Logger LOG = LoggerFactory.getLogger(ToDoSettler.class);

  private final CityServices client;
  private final Map<String, OverviewContributor> byDepartment = new HashMap<>();

  ToDoSettler(CityServices client, List<OverviewContributor> contributors) {
    this.client = client;
    for (OverviewContributor contributor : contributors) {
      byDepartment.putIfAbsent(contributor.department(), contributor);
    }
  }

  CompletableFuture<Settlements> settleAsync(List<ToDo> toDos, RequestOptions asCitizen, Deadline deadline) {
    List<CompletableFuture<Settlement>> outcomes = new ArrayList<>(toDos.size());
    for (ToDo toDo : toDos) {
      outcomes.add(settle(toDo, asCitizen, deadline));
    }
    return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
        // Every outcome is complete here and none fails (see settle), so getNow never waits.
        .thenApply(done -> new Settlements(outcomes.stream().map(o -> o.getNow(null)).toList()));
  }

  /**
   * Every reason to send nothing at all, each naming its to-do: one bad item must not leave the
   * citizen with half of a batch paid that they would not have confirmed as such.
   */
  List<FieldViolation> violations(List<ToDo> toDos, RequestOptions options) {
    List<FieldViolation> violations = new ArrayList<>();
    if (toDos.isEmpty()) {
      violations.add(new FieldViolation("toDos", "must not be empty"));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < toDos.size(); i++) {
      ToDo toDo = toDos.get(i);
      String field = "toDos[" + i + "]";
      if (toDo == null) {
        violations.add(new FieldViolation(field, "must not be null"));
      } else if (!toDo.payable()) {
        violations.add(new FieldViolation(field, "is not payable (" + toDo.department() + ")"));
      } else if (!byDepartment.containsKey(toDo.department())) {
        violations.add(new FieldViolation(field, "no " + toDo.department() + " module on the classpath pays it"));
      } else {
        Integer first = seen.putIfAbsent(keyOf(toDo, options.idempotencyKey()), i);
        if (first != null) {
          violations.add(new FieldViolation(field, "is the same to-do as toDos[" + first + "]"));
        }
      }
    }
    return violations;
  }

  /**
   * The key for a to-do's payment: the same for the same department, city, reference, amount and
   * caller's key, whichever run, process or instance settles it, so that the platform replays a
   * payment it took instead of taking another. The amount is part of it: if the amount due changed,
   * the citizen agrees to a new payment, not to a replay of a refused one; so is the caller's key,
   * which starts a new attempt after a declined payment.
   */
  static String keyOf(ToDo toDo, @Nullable String callerKey) {
    // Only payable to-dos are settled, and ToDo requires an amount and a reference for those.
    Money amount = Objects.requireNonNull(toDo.amount(), "amount");
    String identity = String.join("\n", "io.cityservices.settle", callerKey == null ? "" : callerKey,
        toDo.department(), toDo.city().value(),
        Objects.requireNonNull(toDo.reference(), "reference"), amount.currency().getCurrencyCode(),
        Long.toString(amount.amount()));
    return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private CompletableFuture<Settlement> settle(ToDo toDo, RequestOptions asCitizen, Deadline deadline) {
    String key = keyOf(toDo, asCitizen.idempotencyKey());
    // check(...) refused to-dos of departments without a module.
    OverviewContributor contributor =
        Objects.requireNonNull(byDepartment.get(toDo.department()), "contributor");
    OverviewContext context =
        new OverviewContext(client, toDo.city(), asCitizen.toBuilder().idempotencyKey(key).build(), deadline::remaining);
    return Waits.<PaymentReceipt>bounded(() -> contributor.settleAsync(toDo, context), deadline)
        .handle((receipt, failure) -> {
          Settlement outcome = failure == null && receipt != null
              ? new Settlement.Paid(toDo, key, receipt)
              : outcome(toDo, key, failure);
          LOG.debug("Settling a {} to-do in {}: {}", toDo.department(), toDo.city().value(),
              outcome.getClass().getSimpleName());
          return outcome;
        });
  }

  private static Settlement outcome(ToDo toDo, String key, Throwable failure) {
    Throwable cause = SectionFailures.unwrap(failure);
    if (cause instanceof CityServicesException e && nothingCharged(e)) {
      return new Settlement.Failed(toDo, key, e);
    }
    CityServicesException error;
    if (cause instanceof CityServicesException e) {
      error = e;
    } else if (cause instanceof TimeoutException) {
      error = new ApiTimeoutException("No answer to the payment before the deadline", 0, "timeout", null, null, cause);
    } else {
      // A module's bug, or no answer at all: whether the platform took the payment is not known.
      error = new CityServicesException("The payment failed unexpectedly", 0, "unexpected", null, null, cause);
    }
    return new Settlement.Unknown(toDo, key, error);
  }

  /**
   * Whether the failure proves the platform took no money: it refused before or instead of handling
   * the payment. Everything else (the connection failed after sending, a timeout, a server error, a
   * response that did not verify, a payment still in flight under the same key) may hide a payment.
   */
  private static boolean nothingCharged(CityServicesException e) {
    if (e instanceof IdempotencyException idempotency) {
      return !idempotency.inFlight();
    }
    return e instanceof BadRequestException
        || e instanceof ConflictException
        || e instanceof NotFoundException
        || e instanceof AuthenticationException
        || e instanceof PermissionException
        || e instanceof RateLimitedException
        || e instanceof DepartmentUnavailableException;
  }
}

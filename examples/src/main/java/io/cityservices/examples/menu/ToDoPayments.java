package io.cityservices.examples.menu;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.core.overview.Settlements;
import io.cityservices.core.overview.ToDo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pays the menu's to-dos exactly once. Each to-do has one key, derived here on the server from the
 * citizen and what the to-do is about, never taken from the page as anything but a name: it names
 * the to-do in the page's form. A second request for the same to-do (a double click, a resubmitted
 * form, a second tab) joins the first one's attempt instead of starting another, and once paid is
 * answered "already paid". The payment itself goes through the SDK's {@code settle}, whose
 * {@code Idempotency-Key} is derived from the to-do, so if an answer is lost on the network, paying
 * again makes the platform replay its first payment instead of charging twice.
 */
final class ToDoPayments {
  /** How long a duplicate request waits for the first one's outcome. */
  private static final Duration JOIN_WAIT = Duration.ofSeconds(30);

  /** What happened to a pay request. */
  enum Outcome {
    /** This request paid it. */
    PAID,
    /** Another request for the same to-do paid it. */
    ALREADY_PAID,
    /** The to-do is no longer in the overview (settled elsewhere, or not payable here). */
    SETTLED,
    /** The payment failed; paying again is safe. */
    FAILED
  }

  private final CityServices client;
  private final Map<String, CompletableFuture<Outcome>> attempts = new ConcurrentHashMap<>();

  ToDoPayments(CityServices client) {
    this.client = client;
  }

  /** Whether the menu offers to pay this to-do: whatever the SDK can settle (fines, bills, contributions). */
  static boolean payable(ToDo toDo) {
    return toDo.payable();
  }

  /** The to-do's key: stable for the same citizen and to-do, opaque, and usable as an idempotency key. */
  static String key(String citizenId, ToDo toDo) {
    String identity = String.join("\n", citizenId, toDo.department(), toDo.city().value(), String.valueOf(toDo.reference()));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return "todo-" + HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /** Pays the to-do whose key is {@code key}, at most once whatever the number of requests. */
  Outcome payOnce(CitizenToken citizen, String key) {
    CompletableFuture<Outcome> mine = new CompletableFuture<>();
    CompletableFuture<Outcome> first = attempts.putIfAbsent(key, mine);
    if (first != null) {
      return join(first);
    }
    Outcome outcome;
    try {
      outcome = pay(citizen, key);
    } catch (RuntimeException e) {
      outcome = Outcome.FAILED;
    }
    if (outcome != Outcome.PAID) {
      // Not paid here: a later click may try again, with the same idempotency key.
      attempts.remove(key, mine);
    }
    mine.complete(outcome);
    return outcome;
  }

  private static Outcome join(CompletableFuture<Outcome> first) {
    try {
      Outcome outcome = first.get(JOIN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      return outcome == Outcome.PAID ? Outcome.ALREADY_PAID : outcome;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.FAILED;
    } catch (ExecutionException | TimeoutException e) {
      return Outcome.FAILED;
    }
  }

  /**
   * Finds the to-do in a fresh overview and settles it with the SDK ({@code settle}), whose
   * idempotency key is derived from the to-do: a retry after a lost answer never charges twice.
   */
  private Outcome pay(CitizenToken citizen, String key) {
    CitizenView view = client.citizen(citizen);
    Optional<ToDo> toDo = view.overview().toDos().stream()
        .filter(ToDoPayments::payable)
        .filter(t -> key(citizen.citizenId(), t).equals(key))
        .findFirst();
    if (toDo.isEmpty()) {
      return Outcome.SETTLED;
    }
    Settlements settled = view.settle(List.of(toDo.get()));
    return settled.allPaid() ? Outcome.PAID : Outcome.FAILED;
  }
}

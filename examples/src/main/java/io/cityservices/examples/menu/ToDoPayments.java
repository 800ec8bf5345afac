package io.cityservices.examples.menu;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.ToDo;
import io.cityservices.traffic.PayFineRequest;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.TrafficSection;
import io.cityservices.utilities.PayBillsRequest;
import io.cityservices.utilities.UtilitiesClient;
import io.cityservices.utilities.UtilitiesSection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pays the menu's to-dos (fines and bills) exactly once. Each to-do has one key, derived here on the
 * server from the citizen and what the to-do is about, never from the page: it names the to-do in
 * the page's form and is the payment's {@code Idempotency-Key}. A second request for the same to-do
 * (a double click, a resubmitted form, a second tab) joins the first one's attempt instead of
 * starting another, and once paid is answered "already paid"; if a payment's outcome is lost on the
 * network, the retry sends the same key, so the platform replays its first answer instead of
 * charging again.
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

  /** Whether the menu can pay this to-do: a fine or a bill with an amount. */
  static boolean payable(ToDo toDo) {
    return toDo.amountOptional().isPresent() && toDo.reference() != null
        && (toDo.department().equals(TrafficSection.DEPARTMENT) || toDo.department().equals(UtilitiesSection.DEPARTMENT));
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

  /** Finds the to-do in a fresh overview and pays it through its department's API with its key. */
  private Outcome pay(CitizenToken citizen, String key) {
    CitizenOverview overview = client.citizen(citizen).overview();
    Optional<ToDo> toDo = overview.toDos().stream()
        .filter(ToDoPayments::payable)
        .filter(t -> key(citizen.citizenId(), t).equals(key))
        .findFirst();
    if (toDo.isEmpty()) {
      return Outcome.SETTLED;
    }
    ToDo found = toDo.get();
    RequestOptions options = RequestOptions.builder().citizen(citizen).idempotencyKey(key).build();
    if (found.department().equals(TrafficSection.DEPARTMENT)) {
      return overview.sections(TrafficSection.class).stream()
          .flatMap(s -> s.unpaidViolations().stream())
          .filter(v -> v.id().equals(found.reference()))
          .findFirst()
          .map(v -> {
            TrafficClient.create(client, found.city()).fines().pay(PayFineRequest.of(v), options);
            return Outcome.PAID;
          })
          .orElse(Outcome.SETTLED);
    }
    return overview.sections(UtilitiesSection.class).stream()
        .flatMap(s -> s.outstandingBills().stream())
        .filter(b -> b.billId().equals(found.reference()))
        .findFirst()
        .map(b -> {
          UtilitiesClient.create(client, found.city()).payments().pay(PayBillsRequest.of(b), options);
          return Outcome.PAID;
        })
        .orElse(Outcome.SETTLED);
  }
}

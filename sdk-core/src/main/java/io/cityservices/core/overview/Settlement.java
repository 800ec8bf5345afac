package io.cityservices.core.overview;

import io.cityservices.core.error.CityServicesException;
import java.util.Objects;

/**
 * The outcome of paying one {@link ToDo} through {@link CitizenView#settle}: {@link Paid}, {@link
 * Failed} (nothing was charged) or {@link Unknown} (the platform may have charged it; settle the
 * same to-do again to find out, which never charges twice).
 *
 * <p>Every outcome carries the {@link #idempotencyKey()} the payment was sent with. It is derived
 * from the to-do itself (department, city, reference and amount) and the caller's key, if any, so
 * settling the same to-do again, in this process or another, sends the same key and the platform
 * answers with the first payment instead of taking a second.
 */
public sealed interface Settlement {

  /**
   * The to-do this is the outcome for.
   *
   * @return the to-do as passed to {@link CitizenView#settle}
   */
  ToDo toDo();

  /**
   * The {@code Idempotency-Key} the payment was sent with.
   *
   * @return the key, the same each time the same to-do is settled with the same options key
   */
  String idempotencyKey();

  /**
   * Paid: the platform confirmed the payment (now, or on an earlier run with the same key).
   *
   * @param toDo the to-do
   * @param idempotencyKey the key the payment was sent with
   * @param receipt what the platform confirmed
   */
  record Paid(ToDo toDo, String idempotencyKey, PaymentReceipt receipt) implements Settlement {
    /**
     * Checks that no component is null.
     *
     * @param toDo the to-do
     * @param idempotencyKey the payment's key
     * @param receipt the confirmed receipt
     * @throws NullPointerException if an argument is null
     */
    public Paid {
      Objects.requireNonNull(toDo, "toDo");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  /**
   * Failed: refused before sending or by the platform (not payable any more, amount changed, not
   * found, not permitted, department unavailable or rate limiting): nothing was charged.
   *
   * @param toDo the to-do
   * @param idempotencyKey the key the payment was (or would have been) sent with
   * @param error why, as the department's call raised it
   */
  record Failed(ToDo toDo, String idempotencyKey, CityServicesException error) implements Settlement {
    /**
     * Checks that no component is null.
     *
     * @param toDo the to-do
     * @param idempotencyKey the payment's key
     * @param error why it failed
     * @throws NullPointerException if an argument is null
     */
    public Failed {
      Objects.requireNonNull(toDo, "toDo");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * Unknown: the request may have reached the platform but no trustworthy answer came back (the
   * connection failed after sending, the deadline passed, a server error, a response whose signature
   * did not verify). Settle the same to-do again: its key is the same, so the platform either
   * replays the payment it took or takes it now, once.
   *
   * @param toDo the to-do
   * @param idempotencyKey the key to retry with (settling the same to-do again reuses it)
   * @param error what went wrong
   */
  record Unknown(ToDo toDo, String idempotencyKey, CityServicesException error) implements Settlement {
    /**
     * Checks that no component is null.
     *
     * @param toDo the to-do
     * @param idempotencyKey the payment's key
     * @param error what went wrong
     * @throws NullPointerException if an argument is null
     */
    public Unknown {
      Objects.requireNonNull(toDo, "toDo");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      Objects.requireNonNull(error, "error");
    }
  }
}

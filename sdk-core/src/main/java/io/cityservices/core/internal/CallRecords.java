package io.cityservices.core.internal;

import io.cityservices.core.error.CityServicesException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lets the transport record on an exception how the call went (attempts made, idempotency key)
 * without a public mutator on the exception: {@link CityServicesException} hands its private
 * recorder over when its class is initialised.
 */
public final class CallRecords {

  /** Writes the call's record into an exception. */
  @FunctionalInterface
  public interface Recorder {
    /**
     * Records how a call went in the exception that ends it.
     *
     * @param e the exception about to reach the caller
     * @param attempts the attempts made, at least 1
     * @param idempotencyKey the call's idempotency key, or null for calls without one
     */
    void record(CityServicesException e, int attempts, @Nullable String idempotencyKey);
  }

  private static volatile @Nullable Recorder recorder;

  private CallRecords() {}

  /**
   * Called once, by {@link CityServicesException}'s static initialiser.
   *
   * @param r the exception's own recorder
   */
  public static void install(Recorder r) {
    recorder = Objects.requireNonNull(r, "recorder");
  }

  /**
   * Records on {@code e} how its call went; called once per call before the exception escapes.
   *
   * @param e the exception (its class, and so the recorder, is initialised since it exists)
   * @param attempts the attempts made
   * @param idempotencyKey the call's idempotency key, or null
   */
  public static void record(CityServicesException e, int attempts, @Nullable String idempotencyKey) {
    Objects.requireNonNull(recorder, "recorder").record(e, attempts, idempotencyKey);
  }
}

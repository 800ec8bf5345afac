package io.cityservices.examples.overview;

import java.util.Optional;

/**
 * One department's part of an overview: its data, or why it is missing. A department that is down
 * makes its section unavailable; it never fails the overview as a whole.
 *
 * @param <T> the section's data
 */
public sealed interface Section<T> {

  /** The data, when the department answered. */
  Optional<T> value();

  /** A section whose department answered. */
  record Available<T>(T data) implements Section<T> {
    @Override
    public Optional<T> value() {
      return Optional.of(data);
    }
  }

  /**
   * A section whose department did not answer.
   *
   * @param department the department, e.g. {@code traffic}
   * @param code the SDK error code, e.g. {@code department_unavailable} or {@code circuit_open}
   * @param reason a short, personal-data-free explanation
   */
  record Unavailable<T>(String department, String code, String reason) implements Section<T> {
    @Override
    public Optional<T> value() {
      return Optional.empty();
    }
  }
}

package io.cityservices.core.fuzz;

import java.util.StringJoiner;

/**
 * The property every fuzz test checks: whatever the input, the code under test either returns or
 * throws one of the exceptions its contract documents. Anything else (a {@code NullPointerException},
 * a {@code DateTimeException}, an {@code ArithmeticException}, a stack overflow) is a finding.
 */
public final class Outcomes {

  private Outcomes() {}

  /** Code under test; may throw a checked exception where its contract documents one. */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }

  /** Runs {@code action}; an exception not of the {@code documented} types fails the run. */
  @SafeVarargs
  public static void onlyThrows(Action action, Class<? extends Throwable>... documented) {
    try {
      action.run();
    } catch (Throwable t) {
      for (Class<? extends Throwable> allowed : documented) {
        if (allowed.isInstance(t)) {
          return;
        }
      }
      // Listed one by one: handing the generic varargs array on is what the varargs lint flags.
      StringJoiner names = new StringJoiner(", ", "[", "]");
      for (Class<? extends Throwable> allowed : documented) {
        names.add(String.valueOf(allowed));
      }
      throw new AssertionError(
          "undocumented " + t.getClass().getName() + " (documented: " + names + ")", t);
    }
  }
}

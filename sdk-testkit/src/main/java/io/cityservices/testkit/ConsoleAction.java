package io.cityservices.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Something the sandbox console can make a department do for a seeded citizen, as the real platform
 * would on its own: record a violation, issue a bill, move an application to its next state. The
 * action publishes the department's webhooks like any other change. A {@link SandboxModule} offers
 * these from {@link SandboxModule#consoleActions()}.
 *
 * @param id a stable name, unique in the sandbox, e.g. {@code traffic.record-violation}
 * @param department the department acting
 * @param label what the console's button says
 * @param action performs it for a citizen and answers what happened (no personal data in clear);
 *     throws {@link java.util.NoSuchElementException} or {@link IllegalStateException} when it does
 *     not apply to that citizen
 */
public record ConsoleAction(String id, DepartmentName department, String label, Function<Citizen, String> action) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]{0,79}");

  /**
   * Checks the action.
   *
   * @param id a stable name, unique in the sandbox
   * @param department the department acting
   * @param label what the console's button says
   * @param action performs it for a citizen
   * @throws IllegalArgumentException if the id is not lower-case letters, digits, {@code . _ -}
   */
  public ConsoleAction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(action, "action");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a console action id is lower case ([a-z][a-z0-9_.-]*), got: " + id);
    }
  }

  /**
   * Performs the action for {@code citizen}. Not idempotent: each call changes the sandbox again.
   *
   * @param citizen the seeded citizen to act for, not null
   * @return what happened, for the console to show
   * @throws java.util.NoSuchElementException or IllegalStateException when it does not apply
   */
  public String perform(Citizen citizen) {
    return action.apply(Objects.requireNonNull(citizen, "citizen"));
  }
}

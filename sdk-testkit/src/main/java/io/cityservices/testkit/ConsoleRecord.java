package io.cityservices.testkit;

import io.cityservices.core.model.Money;
import io.cityservices.core.privacy.Redactor;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a seeded citizen has with a department (a fine, a bill, a booking, an application) as
 * the sandbox console shows it, with its state. A {@link SandboxModule} answers these from
 * {@link SandboxModule#consoleRecords(Citizen)}; the console shows them beside the citizen.
 *
 * @param department the department holding the record
 * @param kind what it is, e.g. {@code fine}, {@code bill}, {@code booking}, {@code application}
 * @param id the record's id on the platform (what the API calls it by)
 * @param status its state as the platform holds it now, e.g. {@code PAYABLE}
 * @param summary a short description; personal data in it is masked on construction
 * @param amount what is owed or was paid, when money is involved
 */
public record ConsoleRecord(
    DepartmentName department, String kind, String id, String status, String summary, Optional<Money> amount) {

  /**
   * Checks the record and masks its summary.
   *
   * @param department the department holding the record
   * @param kind what it is
   * @param id the record's id on the platform
   * @param status its state now
   * @param summary a short description; masked here
   * @param amount what is owed or was paid, or empty
   * @throws NullPointerException if any component is null
   */
  public ConsoleRecord {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(amount, "amount");
    // Modules mask what they write, but the console is a web page: a plate or identity number
    // slipping through must still not be shown in clear.
    summary = Redactor.redactText(Objects.requireNonNull(summary, "summary"));
  }

  /**
   * A record without an amount.
   *
   * @param department the department holding the record
   * @param kind what it is, e.g. {@code booking}
   * @param id the record's id on the platform
   * @param status its state now
   * @param summary a short description, masked on construction
   * @return the record
   */
  public static ConsoleRecord of(DepartmentName department, String kind, String id, String status, String summary) {
    return new ConsoleRecord(department, kind, id, status, summary, Optional.empty());
  }

  /**
   * A record with an amount.
   *
   * @param department the department holding the record
   * @param kind what it is, e.g. {@code fine}
   * @param id the record's id on the platform
   * @param status its state now
   * @param summary a short description, masked on construction
   * @param amount what is owed or was paid, not null
   * @return the record
   */
  public static ConsoleRecord of(
      DepartmentName department, String kind, String id, String status, String summary, Money amount) {
    return new ConsoleRecord(department, kind, id, status, summary, Optional.of(amount));
  }
}

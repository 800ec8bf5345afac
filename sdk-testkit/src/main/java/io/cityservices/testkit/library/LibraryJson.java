package io.cityservices.testkit.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The wire shapes of {@code library.yaml}, as the platform writes them (snake_case by the mapper).
 * Absent optional members are left out; lists are {@code {"data": [...], "next_cursor": ...}}.
 */
final class LibraryJson {

  private LibraryJson() {}

  /** A list answer that is not paged. */
  record ListOf<T>(List<T> data, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {}

  record HoursJson(String day, String opens, String closes) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LibraryView(
      String id, String name, String district, String address, GeoPoint location, String phone,
      List<HoursJson> openingHours) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RecordView(
      String id, String title, String author, String isbn, String publisher, Integer year, String callNumber,
      String language, int availableCopies, int totalCopies) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ItemView(
      String id, String recordId, String libraryId, String barcode, String location, String status,
      LocalDate dueDate, boolean holdable) {}

  record LimitsJson(int maxLoans, int maxRenewals, int maxHolds) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CardView(
      String id, String cardNumber, String type, String status, String blockReason, String homeLibraryId,
      Money deposit, LimitsJson limits, OffsetDateTime issuedAt, LocalDate expiresOn) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LoanView(
      String id, String itemId, String recordId, String itemTitle, String libraryId, OffsetDateTime loanedAt,
      LocalDate dueDate, boolean overdue, int renewalsUsed, int renewalsAllowed) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RenewabilityView(
      String loanId, boolean renewable, String reason, LocalDate newDueDate, int renewalsUsed,
      int renewalsAllowed) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RenewalResultView(String loanId, boolean renewed, LocalDate dueDate, String reason) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record HoldView(
      String id, String recordId, String itemId, String itemTitle, String pickupLibraryId, String status,
      OffsetDateTime placedAt, Integer queuePosition, LocalDate pickupBy, LocalDate suspendedUntil) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ChargeView(
      String id, String type, String status, Money amount, String loanId, OffsetDateTime chargedAt,
      String paymentId) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AccountView(CardView card, List<LoanView> loans, List<HoldView> holds, List<ChargeView> charges,
      Money totalOwed) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PaymentView(
      String id, String status, Money amount, List<String> chargeIds, OffsetDateTime createdAt,
      String failureCode) {}

  /** Data of the loan events. */
  record LoanEventJson(String loanId, String citizenId, LocalDate dueDate, boolean renewable) {}

  /** Data of the hold events. */
  record HoldEventJson(String holdId, String citizenId, String pickupLibraryId, LocalDate pickupBy) {}

  /** Data of {@code library.payment.succeeded}. */
  record PaymentEventJson(String paymentId, String service, String citizenId, String status, Money amount,
      List<String> chargeIds) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ApplyBody(String type, String homeLibraryId, Money deposit, Boolean creditCheckConsent) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record HoldBody(String recordId, String itemId, String pickupLibraryId) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SuspensionBody(LocalDate until) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PayBody(List<String> chargeIds, Money amount) {}
}

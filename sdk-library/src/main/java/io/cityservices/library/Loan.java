package io.cityservices.library;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An item the citizen has on loan. What a person borrows is personal data: the title is masked in
 * {@link #toString()}, and the SDK's logs mask it too.
 *
 * @param id the platform's id of the loan
 * @param itemId the copy borrowed
 * @param recordId the record it is a copy of
 * @param itemTitle the title of what was borrowed (personal data)
 * @param libraryId the library it was borrowed from
 * @param loanedAt when it was borrowed
 * @param dueDate the last day to return or renew it
 * @param overdue whether the due date has passed
 * @param renewalsUsed how many times it has been renewed
 * @param renewalsAllowed how many renewals the card allows in all
 */
public record Loan(
    String id,
    String itemId,
    String recordId,
    String itemTitle,
    String libraryId,
    OffsetDateTime loanedAt,
    LocalDate dueDate,
    boolean overdue,
    int renewalsUsed,
    int renewalsAllowed) {

  /**
   * Whether the loan is due on or before {@code day} and not yet overdue.
   *
   * @param day the day to compare the due date with, usually today
   * @return true when due on or before {@code day} and not overdue
   */
  public boolean isDueBy(LocalDate day) {
    return !overdue && dueDate != null && !dueDate.isAfter(day);
  }

  @Override
  public String toString() {
    return "Loan[id=" + id
        + ", itemId=" + itemId
        + ", recordId=" + recordId
        + ", itemTitle=***"
        + ", libraryId=" + libraryId
        + ", loanedAt=" + loanedAt
        + ", dueDate=" + dueDate
        + ", overdue=" + overdue
        + ", renewalsUsed=" + renewalsUsed
        + ", renewalsAllowed=" + renewalsAllowed + "]";
  }
}

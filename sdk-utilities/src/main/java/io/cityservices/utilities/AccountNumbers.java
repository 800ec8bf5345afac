package io.cityservices.utilities;

/** Masking of account numbers (户号), which identify a household. */
final class AccountNumbers {

  private static final int VISIBLE = 4;

  private AccountNumbers() {}

  /** Keeps the last four characters: {@code 3100123456} becomes {@code ******3456}. */
  static String mask(String accountNumber) {
    if (accountNumber == null) {
      return null;
    }
    if (accountNumber.length() <= VISIBLE) {
      return "***";
    }
    return "*".repeat(accountNumber.length() - VISIBLE)
        + accountNumber.substring(accountNumber.length() - VISIBLE);
  }
}

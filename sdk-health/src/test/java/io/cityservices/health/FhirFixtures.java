package io.cityservices.health;

import io.cityservices.core.model.UnifiedSocialCreditCode;

/** Shared test values. */
final class FhirFixtures {
  /** A valid unified social credit code, found by the data model's own check. */
  static final String CREDIT_CODE = validCreditCode("1231010642502603");

  private FhirFixtures() {}

  private static String validCreditCode(String first16) {
    for (char orgCheck : "0123456789X".toCharArray()) {
      for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
        try {
          return UnifiedSocialCreditCode.of(first16 + orgCheck + check).value();
        } catch (IllegalArgumentException wrong) {
          // one pair is valid
        }
      }
    }
    throw new IllegalStateException("no valid credit code");
  }
}

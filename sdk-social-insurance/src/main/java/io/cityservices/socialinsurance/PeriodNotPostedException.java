package io.cityservices.socialinsurance;

import io.cityservices.core.error.ConflictException;

/**
 * A month asked for has not been posted yet ({@code period_not_posted}): a certificate can cover only
 * posted months. Ask again without that month, or after it is posted ({@code
 * social_insurance.contribution.posted}).
 */
public class PeriodNotPostedException extends ConflictException {
  /**
   * Wraps the conflict the platform answered with.
   *
   * @param cause the platform's error, kept as the cause
   */
  public PeriodNotPostedException(ConflictException cause) {
    super("the period includes months not posted yet", cause.status(), cause.code(), cause.requestId(),
        cause.problem(), cause);
  }
}

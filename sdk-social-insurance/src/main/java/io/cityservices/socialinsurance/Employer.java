package io.cityservices.socialinsurance;

import io.cityservices.core.model.UnifiedSocialCreditCode;

/**
 * The employer (参保单位) that contributes for a person. An employer is not personal data, but which
 * employer a person works for is: {@link Enrolment#toString()} leaves it out.
 *
 * @param name the employer's registered name
 * @param creditCode its unified social credit code (GB 32100)
 */
public record Employer(String name, UnifiedSocialCreditCode creditCode) {}

/**
 * The social insurance service of the sandbox ({@code /v1/cities/{city}/social-insurance/...}): for
 * every seeded citizen of a city offering it, a deterministic insurance record by {@link
 * io.cityservices.testkit.socialinsurance.Profile} (employee, flexibly employed, retiree, resident,
 * insured in another city, not insured), with contributions that post on the sandbox clock,
 * personal accounts, pension payments, medical insurance, certificates that become ready on the
 * clock, residents' yearly contributions and the social insurance events. It implements {@code
 * sdk-social-insurance/src/main/openapi/social-insurance.yaml} on its own, without the SDK's classes.
 * Tests reach its hooks through {@code sandbox.data(SocialInsuranceSandbox.class)}.
 */
package io.cityservices.testkit.socialinsurance;

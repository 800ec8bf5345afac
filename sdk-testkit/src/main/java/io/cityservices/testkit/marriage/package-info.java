/**
 * The simulated marriage-registration department ({@code /v1/cities/{city}/marriage/...}): offices,
 * slots released per city, bookings both parties consent to, and the seeded marital registry behind the
 * platform's eligibility checks. Tests reach it through {@link io.cityservices.testkit.marriage.MarriageSandbox}.
 */
package io.cityservices.testkit.marriage;

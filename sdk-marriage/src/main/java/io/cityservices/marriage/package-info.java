/**
 * Marriage-registration appointments (结婚登记预约) of a city: registration offices, bookable slots,
 * booking types with their required documents, and bookings that both parties consent to, under the
 * Marriage Registration Regulations (State Council Order 804, in force since 2025-05-10). Start at
 * {@link io.cityservices.marriage.MarriageClient}.
 *
 * <p>Marital data is sensitive personal information: every model masks names and identity numbers in
 * {@code toString()}, and nothing the SDK logs carries them in clear.
 */
@NullMarked
package io.cityservices.marriage;

import org.jspecify.annotations.NullMarked;

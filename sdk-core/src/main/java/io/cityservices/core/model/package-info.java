/**
 * The platform's standard data model: value types that check themselves when created (identity
 * numbers, credit codes, plates, phones, names, city codes, money, places) and serialise to the
 * platform's wire form with Jackson. Types that carry personal data mask themselves in
 * {@code toString()}, and no validation message ever contains the rejected value.
 */
@NullMarked
package io.cityservices.core.model;

import org.jspecify.annotations.NullMarked;

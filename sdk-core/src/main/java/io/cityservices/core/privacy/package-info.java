/**
 * Redaction of personal data and secrets before anything reaches a log, an exception message or a
 * {@code toString()}: the SDK's masking rules, written once in {@link io.cityservices.core.privacy.Redactor}.
 */
@NullMarked
package io.cityservices.core.privacy;

import org.jspecify.annotations.NullMarked;

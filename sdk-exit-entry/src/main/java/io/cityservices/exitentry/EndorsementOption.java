package io.cityservices.exitentry;

import org.jspecify.annotations.Nullable;

/**
 * One validity an endorsement type can be issued with.
 *
 * @param validityMonths how long the endorsement is valid from issue
 * @param entries how many entries it allows; null for any number within its validity
 */
public record EndorsementOption(int validityMonths, @Nullable Integer entries) {}

package io.cityservices.library;

/**
 * What a card allows at a time.
 *
 * @param maxLoans how many items may be on loan at once
 * @param maxRenewals how many times one loan may be renewed
 * @param maxHolds how many holds may be open at once
 */
public record CardLimits(int maxLoans, int maxRenewals, int maxHolds) {}

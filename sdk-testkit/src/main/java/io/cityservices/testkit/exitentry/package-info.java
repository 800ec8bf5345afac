/**
 * The sandbox's exit-entry department ({@code /v1/cities/{city}/exit-entry/...}): offices, slots,
 * appointments, applications that move on the sandbox clock, and the citizens' seeded passports and
 * permits, with test hooks in {@link io.cityservices.testkit.exitentry.ExitEntrySandbox}.
 */
package io.cityservices.testkit.exitentry;

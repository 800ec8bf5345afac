/**
 * The sandbox's health department ({@code /v1/cities/{city}/health/...}): seeded hospitals, departments,
 * doctors and slots, patients and appointments, with test hooks in
 * {@link io.cityservices.testkit.health.HealthSandbox}.
 */
package io.cityservices.testkit.health;

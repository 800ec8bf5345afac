/**
 * The traffic department of the sandbox: the routes of {@code traffic.yaml} over seeded vehicles,
 * violations in every state, licences, inspection stations and road events, with test hooks in
 * {@link io.cityservices.testkit.traffic.TrafficData}.
 */
package io.cityservices.testkit.traffic;

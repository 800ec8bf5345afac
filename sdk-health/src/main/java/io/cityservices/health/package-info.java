/**
 * The health services of a city: hospitals, departments, doctors, slots, patients (self and family),
 * appointments and health events. Start at {@link io.cityservices.health.HealthClient}.
 */
@NullMarked
package io.cityservices.health;

import org.jspecify.annotations.NullMarked;

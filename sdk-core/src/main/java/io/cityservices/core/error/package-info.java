/**
 * The SDK's single exception hierarchy, rooted at {@link io.cityservices.core.error.CityServicesException},
 * and the RFC 9457 problem details the platform sends.
 */
@NullMarked
package io.cityservices.core.error;

import org.jspecify.annotations.NullMarked;

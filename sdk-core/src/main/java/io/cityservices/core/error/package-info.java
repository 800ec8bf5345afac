/**
 * The SDK's single exception hierarchy, rooted at {@link io.cityservices.core.error.CityServicesException},
 * and the RFC 9457 problem details the platform sends.
 */
package io.cityservices.core.error;

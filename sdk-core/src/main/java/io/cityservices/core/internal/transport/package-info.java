/** Applies {@link io.cityservices.core.transport.TransportSecurity} to the HTTP client. Not API. */
package io.cityservices.core.internal.transport;

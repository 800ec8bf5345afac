/** Applies {@link io.cityservices.core.transport.TransportSecurity} to the HTTP client. Not API. */
@NullMarked
package io.cityservices.core.internal.transport;

import org.jspecify.annotations.NullMarked;

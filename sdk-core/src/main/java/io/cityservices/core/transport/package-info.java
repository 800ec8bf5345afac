/**
 * How the SDK reaches the platform: HTTPS only (plain HTTP for loopback or by explicit opt-in),
 * TLS 1.2 or later, the trust anchors, certificate pins and proxy of a client. See {@link
 * io.cityservices.core.transport.TransportSecurity}.
 */
@NullMarked
package io.cityservices.core.transport;

import org.jspecify.annotations.NullMarked;

/**
 * Implementation: HTTP Message Signatures (RFC 9421) and Content-Digest (RFC 9530) over any HTTP
 * library's messages, the request-chain stages that sign requests and verify responses with them,
 * and the platform key set. Not API.
 */
@NullMarked
package io.cityservices.core.internal.signing;

import org.jspecify.annotations.NullMarked;

/**
 * Implementation: the request-chain stages that sign requests and verify responses, and the platform key set. Not API.
 */
@NullMarked
package io.cityservices.core.internal.signing;

import org.jspecify.annotations.NullMarked;

/**
 * Implementation: the request-chain stages that sign requests and verify responses, and the platform key set. Not API.
 */
package io.cityservices.core.internal.signing;

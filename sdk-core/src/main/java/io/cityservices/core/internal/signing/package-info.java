/**
 * Implementation: the transport policies that sign requests and verify responses. Not API.
 */
package io.cityservices.core.internal.signing;

/**
 * Implementation: the transport pipeline, its policies, error mapping and resilience guard. Not API.
 */
package io.cityservices.core.internal.http;

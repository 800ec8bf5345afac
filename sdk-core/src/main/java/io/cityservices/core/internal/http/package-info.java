/**
 * Implementation: the request chain: its stages, error mapping and the pipeline that runs them. Not API.
 */
package io.cityservices.core.internal.http;

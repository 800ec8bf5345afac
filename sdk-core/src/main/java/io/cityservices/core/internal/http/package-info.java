/**
 * Implementation: the request chain: its stages, error mapping and the pipeline that runs them. Not API.
 */
@NullMarked
package io.cityservices.core.internal.http;

import org.jspecify.annotations.NullMarked;

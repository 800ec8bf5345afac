/**
 * The JSON mapping of the platform's wire format (snake_case, RFC 3339 times, money in minor units, unknown enum values tolerated). <strong>Not API</strong>: the mapper stays private to the client.
 */
@NullMarked
package io.cityservices.core.internal.json;

import org.jspecify.annotations.NullMarked;

/**
 * The JSON mapping of the platform's wire format (snake_case, RFC 3339 times, money in minor units, unknown enum values tolerated).
 */
package io.cityservices.core.json;

/**
 * Implementation: the traffic operations, request building and client-side checks. Not API.
 */
@NullMarked
package io.cityservices.traffic.internal;

import org.jspecify.annotations.NullMarked;

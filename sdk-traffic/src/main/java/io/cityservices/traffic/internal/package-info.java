/**
 * Implementation: the traffic operations, request building and client-side checks. Not API.
 */
package io.cityservices.traffic.internal;

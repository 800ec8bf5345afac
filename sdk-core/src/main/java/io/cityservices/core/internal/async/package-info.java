/**
 * Implementation: waiting without parking a thread, always within a call's deadline. Not API.
 */
package io.cityservices.core.internal.async;

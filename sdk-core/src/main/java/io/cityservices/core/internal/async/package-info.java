/**
 * Implementation: waiting without parking a thread, always within a call's deadline. Not API.
 */
@NullMarked
package io.cityservices.core.internal.async;

import org.jspecify.annotations.NullMarked;

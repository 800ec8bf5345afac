/**
 * Implementation of the utilities client. Not API: do not use these types directly; they change
 * without notice.
 */
@NullMarked
package io.cityservices.utilities.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Implementation of the library client. Not API: do not use these types directly; they change
 * without notice.
 */
@NullMarked
package io.cityservices.library.internal;

import org.jspecify.annotations.NullMarked;

/** Implementation of the exit-entry client. Not part of the API: do not use these classes directly. */
@NullMarked
package io.cityservices.exitentry.internal;

import org.jspecify.annotations.NullMarked;

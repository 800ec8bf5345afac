/** Implementation of the health client. Not part of the API: do not use these classes directly. */
@NullMarked
package io.cityservices.health.internal;

import org.jspecify.annotations.NullMarked;

/** Implementation of the marriage client. Not part of the API: do not use these classes directly. */
@NullMarked
package io.cityservices.marriage.internal;

import org.jspecify.annotations.NullMarked;

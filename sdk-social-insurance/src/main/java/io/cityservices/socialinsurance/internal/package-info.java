/** Implementation of the social insurance client. Not part of the API: do not use these classes directly. */
@NullMarked
package io.cityservices.socialinsurance.internal;

import org.jspecify.annotations.NullMarked;

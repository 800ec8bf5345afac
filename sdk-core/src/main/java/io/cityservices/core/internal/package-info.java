/**
 * Implementation of the SDK. <strong>Not API</strong>: anything here may change in any release; do not use it from application code.
 */
@NullMarked
package io.cityservices.core.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Jakarta Validation support for request records: constraint annotations backed by the model types'
 * own checks, and {@link io.cityservices.core.validation.RequestValidator}, which turns violations into
 * one {@link io.cityservices.core.error.ValidationException} before anything is sent.
 */
@NullMarked
package io.cityservices.core.validation;

import org.jspecify.annotations.NullMarked;

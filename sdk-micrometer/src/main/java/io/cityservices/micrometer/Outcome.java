package io.cityservices.micrometer;

import org.jspecify.annotations.Nullable;

/** How an attempt ended, as one low-cardinality tag value. */
public enum Outcome {
  /** A 2xx or 3xx answer. */
  SUCCESS,
  /** A 4xx answer: the request, credentials or state were refused. */
  CLIENT_ERROR,
  /** A 5xx answer. */
  SERVER_ERROR,
  /** No answer: a connection failure, a timeout, or a call refused before sending (open circuit). */
  NO_RESPONSE;

  static Outcome of(int status, @Nullable RuntimeException failure) {
    if (status == 0) {
      return failure == null ? SUCCESS : NO_RESPONSE;
    }
    if (status >= 500) {
      return SERVER_ERROR;
    }
    return status >= 400 ? CLIENT_ERROR : SUCCESS;
  }
}

package io.cityservices.exitentry;

import io.cityservices.core.error.ConflictException;

/**
 * A renewal was asked for too early ({@code document_still_valid}, HTTP 409): the citizen's document
 * of that type has more than six months' validity left. Nothing was booked.
 */
public class DocumentStillValidException extends ConflictException {
  /**
   * Wraps the conflict the platform answered with.
   *
   * @param cause the platform error that carried this code; its status, request id and problem
   *     details are kept
   */
  public DocumentStillValidException(ConflictException cause) {
    super("the current document is still valid for more than six months; nothing was booked",
        cause.status(), cause.code(), cause.requestId(), cause.problem(), cause);
  }
}

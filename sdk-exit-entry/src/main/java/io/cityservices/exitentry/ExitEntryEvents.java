package io.cityservices.exitentry;

import io.cityservices.core.webhook.EventType;

/**
 * The exit-entry events the platform sends to webhooks. Read one with {@code
 * event.data(ExitEntryEvents.X)}.
 */
public final class ExitEntryEvents {

  /** {@code exit_entry.application.status_changed}: an application moved to another status. */
  public static final EventType<ApplicationStatusChanged> APPLICATION_STATUS_CHANGED =
      EventType.of("exit_entry.application.status_changed", ApplicationStatusChanged.class);

  /** {@code exit_entry.document.expiring}: a document has less than six months' validity left. */
  public static final EventType<DocumentExpiring> DOCUMENT_EXPIRING =
      EventType.of("exit_entry.document.expiring", DocumentExpiring.class);

  private ExitEntryEvents() {}
}

package io.cityservices.testkit;

import java.net.URI;

/**
 * The outcome of delivering one event to one endpoint.
 *
 * @param endpoint where it was sent
 * @param event the event
 * @param attempts how many POSTs were made
 * @param status the last HTTP status, or 0 if the last attempt failed to connect
 * @param succeeded whether an attempt got a 2xx
 */
public record WebhookDelivery(URI endpoint, Event event, int attempts, int status, boolean succeeded) {}

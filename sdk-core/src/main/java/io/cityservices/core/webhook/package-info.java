/**
 * Platform events delivered to the app: verification ({@link io.cityservices.core.webhook.WebhookVerifier}), typed event data ({@link io.cityservices.core.webhook.EventType}) and deduplication of redeliveries.
 */
@NullMarked
package io.cityservices.core.webhook;

import org.jspecify.annotations.NullMarked;

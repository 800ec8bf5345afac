package io.cityservices.core.internal.http;

/**
 * One step of the transport pipeline, run in order for every attempt: request id, headers,
 * idempotency key, authentication, signing (last, so it covers what the others set), and the
 * matching checks on the response (signature verification first).
 */
public interface RequestPolicy {

  /** Shapes the outgoing request of an attempt. */
  default void onRequest(CallContext call, OutgoingRequest request) {}

  /**
   * Inspects a complete response before it is decoded or mapped to an error; may throw a
   * {@link io.cityservices.core.error.CityServicesException} to reject it.
   */
  default void onResponse(CallContext call, OutgoingRequest request, IncomingResponse response) {}
}

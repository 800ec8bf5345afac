package io.cityservices.examples.overview;

/**
 * Something the citizen should do, and the SDK operation that does it.
 *
 * @param what a readable description (personal data masked)
 * @param operation the call that does it, e.g. {@code traffic.fines().pay(violation)}
 */
public record ToDo(String what, String operation) {}

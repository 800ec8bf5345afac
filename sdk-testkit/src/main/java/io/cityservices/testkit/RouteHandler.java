package io.cityservices.testkit;

/** The behaviour behind one route: turns an authenticated, verified request into a response. */
@FunctionalInterface
public interface RouteHandler {
  /**
   * Handles one request.
   *
   * @param request the request, with path parameters and the caller's identity resolved
   * @return the response; throw {@link SandboxProblem} for an error response
   */
  SandboxResponse handle(SandboxRequest request);
}

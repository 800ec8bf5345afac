package io.cityservices.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Method + path-template routing for the sandbox. Templates are literal segments and {@code {name}}
 * parameters, e.g. {@code /v1/cities/{city}/traffic/violations/{id}}. A literal segment wins over a
 * parameter, so {@code /violations/summary} can sit beside {@code /violations/{id}}.
 */
public final class Router {
  private final List<Route> routes = new CopyOnWriteArrayList<>();

  /** An empty router; the sandbox makes one and hands it to every module. */
  Router() {}

  /**
   * Registers a route.
   *
   * @param method the HTTP method
   * @param template the path template, starting with {@code /v1/}
   * @param flags what the platform enforces around the handler
   * @param handler the behaviour
   * @throws IllegalStateException if the same method and template are already registered
   */
  public void add(String method, String template, RouteFlags flags, RouteHandler handler) {
    Route route = new Route(method.toUpperCase(java.util.Locale.ROOT), PathTemplate.parse(template), flags, handler);
    for (Route existing : routes) {
      if (existing.method().equals(route.method()) && existing.template().equals(route.template())) {
        throw new IllegalStateException("route already registered: " + method + " " + template);
      }
    }
    routes.add(route);
  }

  /**
   * Registers a {@code GET} route.
   *
   * @param template the path template, starting with {@code /v1/}
   * @param flags what the platform enforces around the handler
   * @param handler the behaviour
   * @throws IllegalStateException if the template is already registered for {@code GET}
   */
  public void get(String template, RouteFlags flags, RouteHandler handler) {
    add("GET", template, flags, handler);
  }

  /**
   * Registers a {@code POST} route.
   *
   * @param template the path template, starting with {@code /v1/}
   * @param flags what the platform enforces around the handler
   * @param handler the behaviour
   * @throws IllegalStateException if the template is already registered for {@code POST}
   */
  public void post(String template, RouteFlags flags, RouteHandler handler) {
    add("POST", template, flags, handler);
  }

  /**
   * Registers a {@code PUT} route.
   *
   * @param template the path template, starting with {@code /v1/}
   * @param flags what the platform enforces around the handler
   * @param handler the behaviour
   * @throws IllegalStateException if the template is already registered for {@code PUT}
   */
  public void put(String template, RouteFlags flags, RouteHandler handler) {
    add("PUT", template, flags, handler);
  }

  /**
   * Registers a {@code DELETE} route.
   *
   * @param template the path template, starting with {@code /v1/}
   * @param flags what the platform enforces around the handler
   * @param handler the behaviour
   * @throws IllegalStateException if the template is already registered for {@code DELETE}
   */
  public void delete(String template, RouteFlags flags, RouteHandler handler) {
    add("DELETE", template, flags, handler);
  }

  /**
   * Finds the route for a request.
   *
   * @param method the HTTP method, upper case
   * @param path the request path without the query
   * @return the most specific match, with its path parameters; empty if none
   */
  public Optional<Match> match(String method, String path) {
    Match best = null;
    for (Route route : routes) {
      if (!route.method().equals(method)) {
        continue;
      }
      Optional<Map<String, String>> params = route.template().match(path);
      if (params.isPresent() && (best == null || route.template().literalCount() > best.route().template().literalCount())) {
        best = new Match(route, params.get());
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether any method is routed at {@code path} (to tell 404 from 405).
   *
   * @param path the request path without the query
   * @return true when some route's template matches it
   */
  public boolean knowsPath(String path) {
    return routes.stream().anyMatch(r -> r.template().match(path).isPresent());
  }

  /**
   * The registered routes, in registration order.
   *
   * @return a snapshot of the routes
   */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /**
   * One registered route.
   *
   * @param method the HTTP method
   * @param template the path template
   * @param flags what the platform enforces
   * @param handler the behaviour
   */
  public record Route(String method, PathTemplate template, RouteFlags flags, RouteHandler handler) {}

  /**
   * A route matched to a request path.
   *
   * @param route the route
   * @param pathParams the values of the template's parameters
   */
  public record Match(Route route, Map<String, String> pathParams) {}
}

package io.cityservices.examples.menu;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.auth.AuthorizationRequest;
import io.cityservices.core.auth.CitizenAuthorization;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The city-services menu: a small web application on the JDK's {@link HttpServer} where a citizen
 * signs in through the platform's authorisation-code flow with PKCE and sees the SDK's citizen
 * overview ({@code city.citizen(token).overview()}) as a menu: one tile per department with its
 * counts and amount owed, the to-dos, and a pay button on each fine and bill that pays it exactly
 * once (see {@link ToDoPayments}). In Chinese or English.
 *
 * <p>Run {@link #main} to try it against an in-process sandbox whose console is on: both URLs are
 * printed. Sessions live in memory; a real app would keep the citizen's token in its session store.
 */
public final class CityServicesMenu implements AutoCloseable {
  private static final String SESSION = "menu_session";
  private static final String SIGN_IN = "menu_signin";
  private static final String LANGUAGE = "menu_lang";
  private static final Duration REFRESH_AHEAD = Duration.ofMinutes(1);

  private final CityServices client;
  private final String suggestedCitizenId;
  private final HttpServer server;
  private final ExecutorService executor;
  private final ToDoPayments payments;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, AuthorizationRequest> signIns = new ConcurrentHashMap<>();
  private final Map<String, CitizenToken> sessions = new ConcurrentHashMap<>();

  private CityServicesMenu(CityServices client, String suggestedCitizenId, HttpServer server) {
    this.client = client;
    this.suggestedCitizenId = suggestedCitizenId;
    this.server = server;
    this.payments = new ToDoPayments(client);
    // Several threads, so that a second click is served while the first one's payment runs.
    this.executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "city-services-menu");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Starts the menu on 127.0.0.1.
   *
   * @param client the SDK client, with the app's credentials and the citizen's city as default city
   * @param port the port, 0 for a free one
   * @param suggestedCitizenId the citizen id the sign-in form offers (the sandbox signs in any seeded one)
   * @return the running menu; close it to stop
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static CityServicesMenu start(CityServices client, int port, String suggestedCitizenId) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(suggestedCitizenId, "suggestedCitizenId");
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      CityServicesMenu menu = new CityServicesMenu(client, suggestedCitizenId, server);
      server.start();
      return menu;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The menu's address, e.g. {@code http://127.0.0.1:8081/}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Stops the server; the SDK client stays open (it is the caller's). */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * Starts a sandbox (seed 42, console on), an SDK client for its default app and Shanghai, and the
   * menu; prints both URLs and runs until Ctrl-C.
   *
   * @param args {@code --port N} for the menu (default 8081)
   */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 8081;
    CitySandbox sandbox = CitySandbox.builder().console(true).build().start();
    CityServices client = CityServices.builder().baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials()).defaultCity(CityCode.SHANGHAI).build();
    CityServicesMenu menu = start(client, port, sandbox.seed().firstCitizen(CityCode.SHANGHAI).id());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      menu.close();
      client.close();
      sandbox.close();
      stopped.countDown();
    }, "city-services-menu-shutdown"));
    System.out.println("City-services menu:  " + menu.url());
    sandbox.consoleUrl().ifPresent(url -> System.out.println("Sandbox console:     " + url));
    stopped.await();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
      switch (method + " " + path) {
        case "GET /" -> home(exchange, query.getOrDefault("notice", ""));
        case "GET /language" -> language(exchange, query.getOrDefault("lang", "zh"));
        case "GET /signin" -> signIn(exchange, query.getOrDefault("citizen_id", ""));
        case "GET /callback" -> callback(exchange, query);
        case "POST /pay" -> pay(exchange);
        case "POST /signout" -> signOut(exchange);
        case "GET /static/menu.js" -> resource(exchange, "menu.js", "text/javascript; charset=utf-8");
        case "GET /static/menu.css" -> resource(exchange, "menu.css", "text/css; charset=utf-8");
        default -> send(exchange, 404, "text/plain; charset=utf-8", "not found");
      }
    } catch (RuntimeException e) {
      // Only the exception's type: its message may quote what the platform answered.
      send(exchange, 500, "text/plain; charset=utf-8", "the menu failed: " + e.getClass().getSimpleName());
    }
  }

  private void home(HttpExchange exchange, String notice) throws IOException {
    MenuLabels words = words(exchange);
    Optional<CitizenToken> citizen = session(exchange);
    if (citizen.isEmpty()) {
      html(exchange, MenuPage.signIn(words, suggestedCitizenId));
      return;
    }
    String known = switch (notice) {
      case "paid", "already-paid", "settled", "failed" -> notice;
      default -> "";
    };
    html(exchange, MenuPage.menu(words, citizen.get().citizenId(), client.citizen(citizen.get()).overview(), known));
  }

  private void language(HttpExchange exchange, String lang) throws IOException {
    exchange.getResponseHeaders().add("Set-Cookie", LANGUAGE + "=" + MenuLabels.of(lang).code() + "; Path=/; SameSite=Lax");
    redirect(exchange, "/");
  }

  /** Starts the PKCE flow and sends the browser to the platform's authorisation endpoint. */
  private void signIn(HttpExchange exchange, String citizenId) throws IOException {
    CitizenAuthorization auth = client.citizenAuthorization();
    AuthorizationRequest request = auth.start(URI.create(url() + "callback"), null);
    signIns.put(request.state(), request);
    // The state is also bound to this browser, so a callback started elsewhere is refused.
    exchange.getResponseHeaders().add("Set-Cookie", SIGN_IN + "=" + request.state() + "; Path=/; HttpOnly; SameSite=Lax");
    // login_hint: the sandbox consents for the seeded citizen it names; a real platform asks them.
    redirect(exchange, request.url() + "&login_hint=" + URLEncoder.encode(citizenId, StandardCharsets.UTF_8));
  }

  private void callback(HttpExchange exchange, Map<String, String> query) throws IOException {
    String state = query.getOrDefault("state", "");
    AuthorizationRequest request = signIns.remove(state);
    if (request == null || !state.equals(cookies(exchange).get(SIGN_IN))) {
      send(exchange, 400, "text/plain; charset=utf-8", "unknown or expired sign-in; start again at /");
      return;
    }
    CitizenToken token;
    try {
      token = client.citizenAuthorization().exchange(request, query.getOrDefault("code", ""), state);
    } catch (CityServicesException e) {
      send(exchange, 400, "text/plain; charset=utf-8", "the platform refused the sign-in: " + e.code());
      return;
    }
    byte[] id = new byte[24];
    random.nextBytes(id);
    String session = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    sessions.put(session, token);
    exchange.getResponseHeaders().add("Set-Cookie", SESSION + "=" + session + "; Path=/; HttpOnly; SameSite=Lax");
    exchange.getResponseHeaders().add("Set-Cookie", SIGN_IN + "=; Path=/; Max-Age=0");
    redirect(exchange, "/");
  }

  private void pay(HttpExchange exchange) throws IOException {
    Optional<CitizenToken> citizen = session(exchange);
    if (citizen.isEmpty()) {
      redirect(exchange, "/");
      return;
    }
    String key = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getOrDefault("todo", "");
    ToDoPayments.Outcome outcome = key.startsWith("todo-") ? payments.payOnce(citizen.get(), key) : ToDoPayments.Outcome.SETTLED;
    // Post/redirect/get: reloading the page after paying does not post again.
    redirect(exchange, "/?notice=" + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }

  private void signOut(HttpExchange exchange) throws IOException {
    Optional.ofNullable(cookies(exchange).get(SESSION)).ifPresent(sessions::remove);
    exchange.getResponseHeaders().add("Set-Cookie", SESSION + "=; Path=/; Max-Age=0");
    redirect(exchange, "/");
  }

  /** The signed-in citizen's token, refreshed when it expires within a minute; empty when signed out. */
  private Optional<CitizenToken> session(HttpExchange exchange) {
    String id = cookies(exchange).get(SESSION);
    CitizenToken token = id == null ? null : sessions.get(id);
    if (token == null) {
      return Optional.empty();
    }
    if (token.refreshToken() != null && token.expiresAt().isBefore(Instant.now().plus(REFRESH_AHEAD))) {
      try {
        token = client.citizenAuthorization().refresh(token);
        sessions.put(id, token);
      } catch (CityServicesException e) {
        // The citizen must sign in again.
        sessions.remove(id);
        return Optional.empty();
      }
    }
    return Optional.of(token);
  }

  private static MenuLabels words(HttpExchange exchange) {
    return MenuLabels.of(cookies(exchange).get(LANGUAGE));
  }

  private static Map<String, String> cookies(HttpExchange exchange) {
    Map<String, String> cookies = new HashMap<>();
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
      for (String pair : header.split(";", -1)) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.putIfAbsent(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
    }
    return cookies;
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> fields = new HashMap<>();
    if (encoded == null) {
      return fields;
    }
    for (String pair : encoded.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  private static void html(HttpExchange exchange, String html) throws IOException {
    exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; form-action 'self' http://127.0.0.1:*; frame-ancestors 'none'");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    send(exchange, 200, "text/html; charset=utf-8", html);
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(303, -1);
  }

  private static void resource(HttpExchange exchange, String name, String type) throws IOException {
    try (InputStream in = CityServicesMenu.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the examples jar lacks " + name);
      }
      byte[] body = in.readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}

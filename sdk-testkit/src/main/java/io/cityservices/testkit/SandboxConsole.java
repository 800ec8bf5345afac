package io.cityservices.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The sandbox console: a web page and its JSON endpoints under {@value #PREFIX}, served by the
 * sandbox on its own port when enabled with {@link CitySandbox.Builder#console(boolean)}. It shows the
 * seeded cities, citizens (masked) and what each department holds for them, the webhook deliveries and
 * the request log, and drives faults, the clock and the modules' {@link ConsoleAction}s. The endpoints
 * are documented in {@code sandbox-admin.yaml}.
 *
 * <p>It answers only requests from a loopback address, and state-changing calls only with a JSON
 * body, which a page of another origin cannot send without a CORS preflight the console never grants.
 */
final class SandboxConsole {
  static final String PREFIX = "/_sandbox/";
  private static final String RESOURCES = "/io/cityservices/testkit/console/";
  private static final Map<String, String> STATIC = Map.of(
      "", "index.html", "console.js", "console.js", "console.css", "console.css");
  private static final Pattern CITIZENS = Pattern.compile("^api/cities/([^/]+)/citizens$");
  private static final Pattern ACTION = Pattern.compile("^api/actions/([^/]+)$");

  private final SeedData seed;
  private final Departments departments;
  private final List<SandboxModule> modules;
  private final Faults faults;
  private final Webhooks webhooks;
  private final SandboxClock clock;
  private final Router router;
  private final ObjectMapper mapper;
  private final Supplier<List<ServeEvent>> journal;

  SandboxConsole(SeedData seed, Departments departments, List<SandboxModule> modules, Faults faults, Webhooks webhooks,
      SandboxClock clock, Router router, ObjectMapper mapper, Supplier<List<ServeEvent>> journal) {
    this.seed = seed;
    this.departments = departments;
    this.modules = modules;
    this.faults = faults;
    this.webhooks = webhooks;
    this.clock = clock;
    this.router = router;
    this.mapper = mapper;
    this.journal = journal;
  }

  /** Whether {@code path} is the console's. */
  static boolean owns(String path) {
    return path.equals("/_sandbox") || path.startsWith(PREFIX);
  }

  ResponseDefinition handle(Request wire, String path) {
    if (!fromLoopback(wire.getClientIp())) {
      return json(403, new Message("the sandbox console answers only on loopback"));
    }
    if (path.equals("/_sandbox")) {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(302).withHeader("Location", PREFIX).build();
    }
    String method = wire.getMethod().getName();
    String rest = path.substring(PREFIX.length());
    try {
      if (method.equals("GET")) {
        return get(rest);
      }
      if (method.equals("POST")) {
        String type = Optional.ofNullable(wire.getHeader("Content-Type")).orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
          return json(415, new Message("send the body as application/json"));
        }
        return post(rest, body(wire));
      }
      return json(405, new Message("GET or POST"));
    } catch (BadRequest e) {
      return json(400, new Message(e.getMessage()));
    } catch (NoSuchElementException | IllegalStateException e) {
      return json(409, new Message(e.getMessage()));
    }
  }

  private ResponseDefinition get(String rest) {
    String file = STATIC.get(rest);
    if (file != null) {
      return resource(file);
    }
    if (rest.equals("api/cities")) {
      return json(200, cities());
    }
    Matcher citizens = CITIZENS.matcher(rest);
    if (citizens.matches()) {
      return json(200, citizens(city(citizens.group(1))));
    }
    return switch (rest) {
      case "api/actions" -> json(200, modules.stream().flatMap(m -> m.consoleActions().stream())
          .map(a -> new ActionView(a.id(), a.department().value(), a.label())).toList());
      case "api/webhooks" -> json(200, webhookView());
      case "api/requests" -> json(200, requestLog());
      case "api/clock" -> json(200, new ClockView(clock.instant()));
      default -> json(404, new Message("no such console resource"));
    };
  }

  private ResponseDefinition post(String rest, JsonNode body) {
    Matcher action = ACTION.matcher(rest);
    if (action.matches()) {
      return json(200, new Message(perform(action.group(1), text(body, "citizen_id"))));
    }
    return switch (rest) {
      case "api/faults" -> json(200, departmentFault(body));
      case "api/connection-faults" -> json(200, connectionFault(body));
      case "api/clock" -> json(200, advance(body));
      default -> json(404, new Message("no such console resource"));
    };
  }

  // ---- views

  private List<CityView> cities() {
    List<CityView> cities = new ArrayList<>();
    for (City city : seed.cities()) {
      List<DepartmentView> list = departments.all().stream()
          .map(spec -> new DepartmentView(spec.name().value(), spec.offeredIn(city.code()),
              faults.forDepartment(new Department(city.code(), spec.name())).map(SandboxConsole::describe).orElse("healthy")))
          .toList();
      cities.add(new CityView(city.code().value(), city.name(), list));
    }
    return cities;
  }

  private static String describe(Faults.DepartmentFault fault) {
    if (fault instanceof Faults.DepartmentFault.Unavailable) {
      return "unavailable";
    }
    if (fault instanceof Faults.DepartmentFault.Slow slow) {
      return "slow " + slow.delay().toMillis() + " ms";
    }
    if (fault instanceof Faults.DepartmentFault.Flaky flaky) {
      return "flaky " + Math.round(flaky.failureRate() * 100) + "%";
    }
    Faults.DepartmentFault.RateLimited limited = (Faults.DepartmentFault.RateLimited) fault;
    return "rate limited, retry after " + limited.retryAfter().toSeconds() + " s";
  }

  private List<CitizenView> citizens(CityCode city) {
    return seed.citizens(city).stream()
        .map(c -> new CitizenView(c.id(), c.name().toString(), c.idNumber().toString(), c.phone().toString(),
            modules.stream().flatMap(m -> m.consoleRecords(c).stream()).map(SandboxConsole::record).toList()))
        .toList();
  }

  private static RecordView record(ConsoleRecord r) {
    return new RecordView(r.department().value(), r.kind(), r.id(), r.status(), r.summary(),
        r.amount().map(Money::toDisplayString).orElse(""));
  }

  private WebhooksView webhookView() {
    List<DeliveryView> deliveries = webhooks.finished().stream()
        .map(d -> new DeliveryView(d.event().id(), d.event().type(), d.event().city(), d.endpoint().toString(),
            d.attempts(), d.status(), d.succeeded()))
        .toList();
    return new WebhooksView(webhooks.endpoints().stream().map(Object::toString).toList(), deliveries);
  }

  /** Newest first; the template, never the path, so no id or personal data from a URL is shown. */
  private List<RequestView> requestLog() {
    List<RequestView> log = new ArrayList<>();
    for (ServeEvent event : journal.get()) {
      String url = event.getRequest().getUrl();
      int q = url.indexOf('?');
      String path = q < 0 ? url : url.substring(0, q);
      if (owns(path)) {
        continue;
      }
      String method = event.getRequest().getMethod().getName();
      String template = router.match(method, path).map(m -> m.route().template().text()).orElse("(no route)");
      int status = event.getResponse() == null ? 0 : event.getResponse().getStatus();
      String requestId = "";
      if (event.getResponse() != null && event.getResponse().getHeaders() != null) {
        HttpHeader header = event.getResponse().getHeaders().getHeader("X-Request-Id");
        requestId = header.isPresent() ? header.firstValue() : "";
      }
      log.add(new RequestView(event.getRequest().getLoggedDate().toInstant(), method, template, status, requestId));
    }
    return log;
  }

  // ---- controls

  private String perform(String actionId, String citizenId) {
    ConsoleAction action = modules.stream().flatMap(m -> m.consoleActions().stream())
        .filter(a -> a.id().equals(actionId)).findFirst()
        .orElseThrow(() -> new BadRequest("no such action: " + actionId));
    Citizen citizen = seed.citizen(citizenId).orElseThrow(() -> new BadRequest("citizen_id is not a seeded citizen"));
    return action.perform(citizen);
  }

  private Message departmentFault(JsonNode body) {
    CityCode city = city(text(body, "city"));
    DepartmentSpec spec = departments.bySegment(text(body, "department"))
        .orElseThrow(() -> new BadRequest("department is not one the sandbox simulates"));
    String fault = text(body, "fault");
    switch (fault) {
      case "unavailable" -> faults.unavailable(city, spec.name());
      case "slow" -> faults.slow(city, spec.name(), Duration.ofMillis(number(body, "delay_ms", 2_000, 0, 60_000)));
      case "flaky" -> faults.flaky(city, spec.name(), number(body, "failure_percent", 50, 0, 100) / 100.0, seed.seed());
      case "rate_limited" -> faults.rateLimited(city, spec.name(),
          Duration.ofSeconds(number(body, "retry_after_seconds", 30, 0, 86_400)));
      case "healthy" -> faults.clear(new Department(city, spec.name()));
      default -> throw new BadRequest("fault must be unavailable, slow, flaky, rate_limited or healthy");
    }
    return new Message(spec.name() + " in " + city.value() + " is now " + fault);
  }

  private Message connectionFault(JsonNode body) {
    String regex = text(body, "path_regex");
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new BadRequest("path_regex is not a regular expression");
    }
    Fault fault = switch (text(body, "fault")) {
      case "connection_reset" -> Fault.CONNECTION_RESET_BY_PEER;
      case "empty_response" -> Fault.EMPTY_RESPONSE;
      case "malformed_response" -> Fault.MALFORMED_RESPONSE_CHUNK;
      case "random_data" -> Fault.RANDOM_DATA_THEN_CLOSE;
      default -> throw new BadRequest("fault must be connection_reset, empty_response, malformed_response or random_data");
    };
    int times = (int) number(body, "times", 1, 1, 1_000);
    boolean after = body.path("after_handling").asBoolean(false);
    if (after) {
      faults.failAfterHandling(pattern.pattern(), fault, times);
    } else {
      faults.failNext(pattern.pattern(), fault, times);
    }
    return new Message("the next " + times + " requests matching " + regex + " fail with " + fault.name().toLowerCase(Locale.ROOT)
        + (after ? " after being handled" : " before being handled"));
  }

  private ClockView advance(JsonNode body) {
    Duration amount;
    try {
      amount = Duration.parse(text(body, "advance"));
    } catch (DateTimeParseException e) {
      throw new BadRequest("advance must be an ISO 8601 duration, e.g. PT1H or P1D");
    }
    if (amount.isNegative()) {
      throw new BadRequest("advance must not be negative: the sandbox clock only moves forward");
    }
    clock.advance(amount);
    return new ClockView(clock.instant());
  }

  // ---- plumbing

  private static boolean fromLoopback(String clientIp) {
    try {
      return clientIp != null && InetAddress.getByName(clientIp).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private JsonNode body(Request wire) {
    try {
      JsonNode node = mapper.readTree(wire.getBody() == null ? new byte[0] : wire.getBody());
      if (node == null || !node.isObject()) {
        throw new BadRequest("the body must be a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new BadRequest("the body is not valid JSON");
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new BadRequest(field + " is required (a string)");
    }
    return value.asText();
  }

  private static long number(JsonNode body, String field, long fallback, long min, long max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
      throw new BadRequest(field + " must be a whole number from " + min + " to " + max);
    }
    return value.asLong();
  }

  private CityCode city(String code) {
    try {
      CityCode city = CityCode.of(code);
      if (seed.city(city).isEmpty()) {
        throw new BadRequest("city is not a seeded city");
      }
      return city;
    } catch (IllegalArgumentException e) {
      throw new BadRequest("city must be a six-digit GB/T 2260 code");
    }
  }

  private ResponseDefinition json(int status, Object body) {
    try {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
          .withHeader("Content-Type", "application/json")
          .withHeader("Cache-Control", "no-store")
          .withBody(mapper.writeValueAsBytes(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a console view cannot be written as JSON", e);
    }
  }

  private static ResponseDefinition resource(String file) {
    try (InputStream in = SandboxConsole.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException("the testkit jar lacks " + RESOURCES + file);
      }
      String type = file.endsWith(".html") ? "text/html; charset=utf-8"
          : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
      return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
          .withHeader("Content-Type", type)
          .withHeader("Cache-Control", "no-store")
          // Everything the page needs comes from here: no CDN, no inline script.
          .withHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
          .withHeader("X-Content-Type-Options", "nosniff")
          .withBody(in.readAllBytes()).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client error the console answers 400 with its message. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message, null, false, false);
    }
  }

  record Message(String message) {}

  record ActionView(String id, String department, String label) {}

  record CityView(String cityCode, String name, List<DepartmentView> departments) {}

  record DepartmentView(String name, boolean offered, String fault) {}

  record CitizenView(String id, String name, String idNumber, String phone, List<RecordView> records) {}

  record RecordView(String department, String kind, String id, String status, String summary, String amount) {}

  record WebhooksView(List<String> endpoints, List<DeliveryView> deliveries) {}

  record DeliveryView(String eventId, String type, String city, String endpoint, int attempts, int status, boolean succeeded) {}

  record RequestView(Instant at, String method, String pathTemplate, int status, String requestId) {}

  record ClockView(Instant now) {}
}

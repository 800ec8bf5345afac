package io.cityservices.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.transport.TransportSecurity;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The City Services sandbox: a stateful simulation of the whole platform on WireMock, bound to
 * 127.0.0.1 on a free port. It issues tokens, checks every signature for real, signs its responses,
 * serves seeded data for several cities, injects faults and delivers signed webhooks.
 *
 * <pre>{@code
 * try (CitySandbox sandbox = CitySandbox.start()) {
 *   SandboxApp app = sandbox.defaultApp();
 *   // point a client at sandbox.baseUrl() with app.clientId() / app.clientSecret()
 * }
 * }</pre>
 */
public final class CitySandbox implements AutoCloseable {
  /** The client id of {@link #defaultApp()}. */
  public static final String DEFAULT_CLIENT_ID = "sandbox-app";
  /** The request journal keeps at most this many requests, so long runs do not grow without bound. */
  public static final int JOURNAL_LIMIT = 1000;

  private final Builder config;
  private final SeedData seed;
  private final SandboxClock clock;
  private final ObjectMapper mapper = SandboxJson.newMapper();
  private final Router router = new Router();
  private final Faults faults = new Faults();
  private final Map<String, SandboxApp> apps = new ConcurrentHashMap<>();
  private final Map<Class<?>, Object> moduleData = new ConcurrentHashMap<>();
  private final PlatformKeys platformKeys;
  private final Sessions sessions;
  private final RateLimiter rateLimiter;
  private final IdempotencyStore idempotency = new IdempotencyStore();
  private final Webhooks webhooks;
  private final Events events;
  private final CoreModule core;
  /** Every module, the platform's own first, in registration order. */
  private final List<SandboxModule> modules = new ArrayList<>();
  private final WireMockServer server;
  private final SandboxApp defaultApp;
  /** The TLS identity when started with {@link Builder#https()}, else null. */
  private final SandboxTls tls;
  /** Its key store on disk, deleted as soon as the server has loaded it. */
  private final SandboxTls.KeyStoreFile keyStore;

  private CitySandbox(Builder config) {
    this.config = config;
    this.seed = SeedData.generate(config.seed);
    this.clock = config.clock;
    this.platformKeys = new PlatformKeys(clock);
    this.sessions = new Sessions(clock, config.accessTokenLifetime);
    this.rateLimiter = new RateLimiter(clock, config.rateLimit);
    EventSigner eventSigner = new EventSigner(mapper, platformKeys);
    this.webhooks = new Webhooks(eventSigner, config.webhookAttempts, config.webhookBackoff);
    this.events = new Events(clock, eventSigner, webhooks);
    this.defaultApp = registerApp(DEFAULT_CLIENT_ID);
    Departments departments = new Departments(loadModules(config));
    this.core = new CoreModule(sessions, new ClientAuthenticator(apps, clock, mapper), apps, platformKeys, departments);
    modules.add(0, core);
    Pipeline pipeline = new Pipeline(router, departments, sessions, rateLimiter, faults, idempotency, platformKeys, apps, mapper, clock);
    SandboxConsole console = config.console
        ? new SandboxConsole(seed, departments, modules, faults, webhooks, clock, router, mapper, this::serveEvents)
        : null;
    WireMockConfiguration options = WireMockConfiguration.options()
        .bindAddress("127.0.0.1")
        // WireMock 3 gzips whenever the client accepts it; the sandbox signs exact body bytes, and
        // compressing loopback traffic only costs CPU on both sides.
        .gzipDisabled(true)
        .maxRequestJournalEntries(JOURNAL_LIMIT)
        .extensions(new SandboxTransformer(pipeline, faults, mapper, Optional.ofNullable(console)));
    if (config.https) {
      this.tls = SandboxTls.generate();
      this.keyStore = tls.writeKeyStore();
      // HTTPS only, HTTP/2 offered through ALPN (WireMock's Jetty does both on the TLS port).
      options.httpDisabled(true)
          .httpsPort(config.port)
          .http2TlsDisabled(false)
          .keystoreType("PKCS12")
          .keystorePath(keyStore.path().toString())
          .keystorePassword(keyStore.password())
          .keyManagerPassword(keyStore.password());
    } else {
      this.tls = null;
      this.keyStore = null;
      options.port(config.port);
    }
    this.server = new WireMockServer(options);
  }

  private List<SandboxModule> loadModules(Builder config) {
    if (config.discoverModules) {
      ServiceLoader.load(SandboxModule.class).forEach(modules::add);
    }
    modules.addAll(config.modules);
    return modules;
  }

  /** The journal, newest first; the console reads it through this method (the server is built after it). */
  private List<ServeEvent> serveEvents() {
    return server.getAllServeEvents();
  }

  /**
   * Starts a sandbox with the defaults: seed 42, a free port, the system clock, no rate limit.
   *
   * @return a running sandbox; close it (try-with-resources) to stop the server
   */
  public static CitySandbox start() {
    return builder().build().start();
  }

  /**
   * A builder for a configured sandbox.
   *
   * @return a new builder with the defaults of {@link #start()}
   */
  public static Builder builder() {
    return new Builder();
  }

  private CitySandbox start0() {
    try {
      server.start();
    } finally {
      if (keyStore != null) {
        keyStore.delete();
      }
    }
    server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(SandboxTransformer.NAME)));
    for (SandboxModule module : modules) {
      module.register(new ModuleContext(module));
    }
    return this;
  }

  /**
   * The base URL, e.g. {@code http://127.0.0.1:54321}, or {@code https://127.0.0.1:54321} when
   * started with {@link Builder#https()}; API paths start with {@code /v1}.
   *
   * @return the scheme, loopback address and port, without a trailing slash
   */
  public String baseUrl() {
    return (tls == null ? "http" : "https") + "://127.0.0.1:" + port();
  }

  /**
   * The sandbox console's address, e.g. {@code http://127.0.0.1:54321/_sandbox/}, when it was enabled
   * with {@link Builder#console(boolean)}: a web page on the sandbox's own port showing the seeded
   * citizens and what they owe, the webhooks and the request log, with controls for faults and the
   * clock. It answers only on loopback.
   *
   * @return the URL, or empty when the console is off (the default)
   */
  public Optional<URI> consoleUrl() {
    return config.console ? Optional.of(URI.create(baseUrl() + SandboxConsole.PREFIX)) : Optional.empty();
  }

  /**
   * The port the sandbox listens on.
   *
   * @return the bound port (a free one unless {@link Builder#port(int)} fixed it)
   */
  public int port() {
    return tls == null ? server.port() : server.httpsPort();
  }

  /**
   * Whether the sandbox serves HTTPS (and HTTP/2) rather than plain HTTP/1.1.
   *
   * @return true when started with {@link Builder#https()}
   */
  public boolean isHttps() {
    return tls != null;
  }

  /**
   * A trust manager that trusts exactly this sandbox's certificate, for {@code
   * TransportSecurity.builder().trust(...)} or an OkHttp client of your own.
   *
   * @return a trust manager accepting only the certificate generated at this start
   * @throws IllegalStateException if the sandbox was not started with {@link Builder#https()}
   */
  public X509TrustManager trustManager() {
    return requireTls().trustManager();
  }

  /**
   * A socket factory whose connections trust exactly this sandbox's certificate, for clients
   * other than the SDK (use it with {@link #trustManager()}).
   *
   * @return a TLS socket factory trusting only this sandbox
   * @throws IllegalStateException if the sandbox was not started with {@link Builder#https()}
   */
  public SSLSocketFactory sslSocketFactory() {
    return requireTls().sslSocketFactory();
  }

  /**
   * The sandbox's certificate in PEM, e.g. for {@code curl --cacert} or {@code
   * TransportSecurity.builder().trustCertificatesPem(...)}. It is generated at every start.
   *
   * @return the certificate as one PEM block
   * @throws IllegalStateException if the sandbox was not started with {@link Builder#https()}
   */
  public String certificatePem() {
    return requireTls().certificatePem();
  }

  /**
   * What an SDK client needs to reach this sandbox: trust in its certificate over HTTPS, the
   * defaults over plain HTTP (a loopback address needs no opt-in). Build on it with {@code
   * toBuilder()} to add pins or a proxy.
   *
   * @return the transport settings to hand to {@code CityServices.builder()}
   */
  public TransportSecurity transportSecurity() {
    return tls == null
        ? TransportSecurity.defaults()
        : TransportSecurity.builder().trust(tls.trustManager()).build();
  }

  private SandboxTls requireTls() {
    if (tls == null) {
      throw new IllegalStateException("the sandbox serves plain HTTP: build it with https()");
    }
    return tls;
  }

  /**
   * The app registered at start-up ({@value #DEFAULT_CLIENT_ID}).
   *
   * @return the app whose client id is {@value #DEFAULT_CLIENT_ID}
   */
  public SandboxApp defaultApp() {
    return defaultApp;
  }

  /**
   * Registers another app with an Ed25519 key, e.g. for multi-app tests.
   *
   * @param clientId the new app's client id, unique in this sandbox
   * @return the app, with its generated secret and key pair
   * @throws IllegalStateException if the client id is taken
   */
  public SandboxApp registerApp(String clientId) {
    return registerApp(clientId, SignatureAlgorithm.ED25519);
  }

  /**
   * Registers another app.
   *
   * @param algorithm {@code ED25519} or {@code ECDSA_P256_SHA256}: the app's key for client
   *     assertions and {@code sig2}
   * @param clientId the new app's client id, unique in this sandbox
   * @return the app, with its generated secret and key pair
   * @throws IllegalStateException if the client id is taken
   * @throws IllegalArgumentException if the algorithm is neither of the two
   */
  public SandboxApp registerApp(String clientId, SignatureAlgorithm algorithm) {
    if (algorithm != SignatureAlgorithm.ED25519 && algorithm != SignatureAlgorithm.ECDSA_P256_SHA256) {
      throw new IllegalArgumentException("an app key is ed25519 or ecdsa-p256-sha256");
    }
    RandomGenerator secrets = seed.randomFor("app-secret:" + clientId);
    byte[] secret = new byte[24];
    secrets.nextBytes(secret);
    SandboxApp app = new SandboxApp(clientId, "cs_" + HexFormat.of().formatHex(secret),
        KeyPairs.generate(clientId + "-key-1", algorithm));
    if (apps.putIfAbsent(clientId, app) != null) {
      throw new IllegalStateException("client id already registered: " + clientId);
    }
    return app;
  }

  /**
   * Issues an authorisation code for a citizen as if they had consented, without a browser.
   *
   * @param codeChallenge the PKCE S256 challenge of the verifier the client will present
   * @param citizenId the id of a seeded citizen who consents
   * @param clientId the registered app the code is issued to
   * @param redirectUri the redirect URI the client will present again at the token endpoint
   * @return the one-time authorisation code, to exchange at the token endpoint
   */
  public String authorize(String citizenId, String clientId, String redirectUri, String codeChallenge) {
    return core.issueCode(seed, citizenId, clientId, redirectUri, codeChallenge, null);
  }

  /**
   * The seeded cities and citizens.
   *
   * @return the seeded data, fixed by the builder's seed
   */
  public SeedData seed() {
    return seed;
  }

  /**
   * The data a module provided with {@link SandboxContext#provide}.
   *
   * @param <T> the type the module provided it as
   * @param type the class passed to {@code provide}, e.g. {@code TrafficData.class}
   * @return the module's object
   * @throws IllegalArgumentException if no module provided that type
   */
  public <T> T data(Class<T> type) {
    Object data = moduleData.get(type);
    if (data == null) {
      throw new IllegalArgumentException("no module provided " + type.getName());
    }
    return type.cast(data);
  }

  /**
   * The controllable clock.
   *
   * @return the clock every module and the platform read
   */
  public SandboxClock clock() {
    return clock;
  }

  /**
   * Fault injection.
   *
   * @return the faults in force, to inject or clear them
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Webhook endpoints and deliveries.
   *
   * @return the registered endpoints and the deliveries made
   */
  public Webhooks webhooks() {
    return webhooks;
  }

  /**
   * The event bus.
   *
   * @return the bus every module publishes on
   */
  public Events events() {
    return events;
  }

  /**
   * The platform's signing keys and their JWKS.
   *
   * @return the platform's keys
   */
  public PlatformKeys platformKeys() {
    return platformKeys;
  }

  /**
   * Rotates the platform key: see {@link PlatformKeys#rotate()}.
   *
   * @return the key id of the new current key
   */
  public String rotatePlatformKey() {
    return platformKeys.rotate();
  }

  /**
   * Switches per-app rate limiting on, or off with {@code null}.
   *
   * @param limit the limit per app, or null for none
   */
  public void rateLimit(RateLimit limit) {
    rateLimiter.configure(limit);
  }

  /**
   * The platform's JSON mapper.
   *
   * @return the mapper the platform reads and writes bodies with (snake_case, RFC 3339 times)
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * The router, to add routes to a running sandbox (tests of new service behaviour).
   *
   * @return the router the modules registered on
   */
  public Router router() {
    return router;
  }

  /**
   * The requests the platform received, oldest first (at most {@value #JOURNAL_LIMIT}); the console's
   * own requests are left out.
   *
   * @return a copy of the journal, oldest first
   */
  public List<LoggedRequest> requests() {
    List<LoggedRequest> requests = new ArrayList<>(server.getAllServeEvents().stream().map(ServeEvent::getRequest)
        .filter(r -> !SandboxConsole.owns(r.getUrl().split("\\?", 2)[0])).toList());
    Collections.reverse(requests);
    return requests;
  }

  /**
   * The received requests matching a WireMock pattern, e.g. {@code postRequestedFor(urlPathMatching(...))}.
   *
   * @param pattern a WireMock request pattern
   * @return the matching requests in the journal
   */
  public List<LoggedRequest> requests(RequestPatternBuilder pattern) {
    return server.findAll(pattern);
  }

  /**
   * Revokes every app access token: the next call with one is answered 401 {@code invalid_token},
   * as after a platform-side revocation, so tests can see the SDK refresh and retry once.
   */
  public void revokeAppTokens() {
    sessions.revokeAppTokens();
  }

  /**
   * Forgets what a test changed in the platform's behaviour: faults, the rate limit (back to the
   * builder's), webhook endpoints and deliveries, idempotency keys, the request journal, and each
   * module's own {@link SandboxModule#reset()}. Seeded data and issued tokens stay.
   */
  public void reset() {
    faults.reset();
    rateLimiter.configure(config.rateLimit);
    webhooks.reset();
    events.clear();
    idempotency.clear();
    server.resetRequests();
    modules.forEach(SandboxModule::reset);
  }

  /** Stops the server and the webhook thread. */
  @Override
  public void close() {
    webhooks.close();
    server.stop();
  }

  private final class ModuleContext implements SandboxContext {
    private final SandboxModule module;

    private ModuleContext(SandboxModule module) {
      this.module = module;
    }

    @Override
    public Router router() {
      return router;
    }

    @Override
    public SeedData seed() {
      return seed;
    }

    @Override
    public RandomGenerator random() {
      return seed.randomFor(module.name());
    }

    @Override
    public SandboxClock clock() {
      return clock;
    }

    @Override
    public Events events() {
      return events;
    }

    @Override
    public ObjectMapper mapper() {
      return mapper;
    }

    @Override
    public String baseUrl() {
      return CitySandbox.this.baseUrl();
    }

    @Override
    public <T> void provide(Class<T> type, T data) {
      moduleData.put(type, Objects.requireNonNull(data, "data"));
    }
  }

  /** Configures a sandbox. */
  public static final class Builder {
    private long seed = 42;
    private int port;
    private boolean https;
    private SandboxClock clock = SandboxClock.system();
    private RateLimit rateLimit;
    private int webhookAttempts = 5;
    private Duration webhookBackoff = Duration.ofMillis(100);
    private boolean discoverModules = true;
    private Duration accessTokenLifetime = Sessions.ACCESS_TOKEN_LIFETIME;
    private boolean console;
    private final List<SandboxModule> modules = new ArrayList<>();

    private Builder() {}

    /**
     * The seed of all generated data (default 42).
     *
     * @param seed any value; the same seed gives the same cities, citizens and module data
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Serves HTTPS instead of plain HTTP, with HTTP/2 offered through ALPN, under a self-signed
     * certificate for {@code 127.0.0.1}/{@code localhost} generated at start (see {@link
     * CitySandbox#transportSecurity()} for a client's trust). Default: plain HTTP/1.1, which is
     * faster to start.
     *
     * @return this builder
     */
    public Builder https() {
      this.https = true;
      return this;
    }

    /**
     * The port to listen on; 0 (the default) picks a free one.
     *
     * @param port a TCP port, or 0 for a free one
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * The clock (default: the system clock, advanceable).
     *
     * @param clock the clock, not null; e.g. {@link SandboxClock#fixed} for reproducible expiries
     * @return this builder
     */
    public Builder clock(SandboxClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * A per-app rate limit from the start (default: none).
     *
     * @param rateLimit the limit per app, or null for none; {@link CitySandbox#reset()} returns to it
     * @return this builder
     */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    /**
     * How many times a webhook is POSTed at most, and the first back-off (doubling after each).
     *
     * @param maxAttempts the number of POSTs per delivery, at least 1 (default 5)
     * @param initialBackoff the wait before the second attempt, not null (default 100 ms)
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     */
    public Builder webhookRetry(int maxAttempts, Duration initialBackoff) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1");
      }
      this.webhookAttempts = maxAttempts;
      this.webhookBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * How long app access tokens live (default one hour); short lifetimes let a test go through
     * several refreshes on the system clock. Clients stop using a token 30 s before it expires and
     * refresh it 60 s before, so a lifetime of a little over a minute refreshes every few seconds.
     *
     * @param lifetime at least one second
     * @return this builder
     * @throws IllegalArgumentException if the lifetime is shorter than one second
     */
    public Builder accessTokenLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.toSeconds() < 1) {
        throw new IllegalArgumentException("an access token lifetime is at least one second");
      }
      this.accessTokenLifetime = lifetime;
      return this;
    }

    /**
     * Adds a module beyond those the service loader finds.
     *
     * @param module a module instance for this sandbox only, not null
     * @return this builder
     */
    public Builder module(SandboxModule module) {
      modules.add(Objects.requireNonNull(module, "module"));
      return this;
    }

    /**
     * Whether to load modules listed in {@code META-INF/services} (default true).
     *
     * @param discover false to run only the platform and the modules added with {@link #module}
     * @return this builder
     */
    public Builder discoverModules(boolean discover) {
      this.discoverModules = discover;
      return this;
    }

    /**
     * Whether to serve the sandbox console under {@code /_sandbox/} on the sandbox's port (default
     * false); see {@link CitySandbox#consoleUrl()}.
     *
     * @param enabled true to serve the console
     * @return this builder
     */
    public Builder console(boolean enabled) {
      this.console = enabled;
      return this;
    }

    /**
     * Builds the sandbox; call {@link Configured#start()} on the result.
     *
     * @return the configuration, not started
     */
    public Configured build() {
      return new Configured(this);
    }
  }

  /** A configured sandbox that has not started yet. */
  public static final class Configured {
    private final Builder config;

    private Configured(Builder config) {
      this.config = config;
    }

    /**
     * Starts listening and registers the modules.
     *
     * @return the running sandbox; close it to stop the server
     */
    public CitySandbox start() {
      return new CitySandbox(config).start0();
    }
  }
}

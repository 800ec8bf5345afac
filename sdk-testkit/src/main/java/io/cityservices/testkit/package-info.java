/**
 * The City Services sandbox: a stateful simulation of the platform on WireMock for the SDK's tests,
 * the examples and users' own tests.
 *
 * <p>Start one with {@link io.cityservices.testkit.CitySandbox#start()} (or {@code @CitySandboxTest}
 * from {@link io.cityservices.testkit.junit}). Service behaviour is added by
 * {@link io.cityservices.testkit.SandboxModule}s, found through {@code ServiceLoader}; the core names
 * no department. A module declares its departments ({@link io.cityservices.testkit.DepartmentSpec}), registers
 * routes on the {@link io.cityservices.testkit.Router} with {@link io.cityservices.testkit.RouteFlags}
 * saying what the platform enforces around them, derives its seeded data from
 * {@link io.cityservices.testkit.SandboxContext#random()}, and answers with
 * {@link io.cityservices.testkit.SandboxResponse} or throws {@link io.cityservices.testkit.SandboxProblem}:
 *
 * <pre>{@code
 * public final class LibrarySandbox implements SandboxModule {
 *   public static final DepartmentName DEPARTMENT = DepartmentName.of("library");
 *   private final Map<String, JsonNode> loans = new ConcurrentHashMap<>();
 *
 *   public String name() { return "library"; }
 *
 *   // The platform enforces, on /v1/cities/{city}/library/...: the catalog, the "library" scope, faults.
 *   public List<DepartmentSpec> departments() {
 *     return List.of(DepartmentSpec.of(DEPARTMENT, List.of(CityCode.SHANGHAI, CityCode.WUHAN)));
 *   }
 *
 *   public void register(SandboxContext ctx) {
 *     ctx.router().get("/v1/cities/{city}/library/loans", RouteFlags.DEFAULT.withCitizen(),
 *         req -> SandboxResponse.ok(Map.of("data", List.copyOf(loans.values()))));
 *     ctx.router().post("/v1/cities/{city}/library/loans/{loan_id}/renewals",
 *         RouteFlags.DEFAULT.withCitizen().withIdempotentCreate(), req -> {
 *           JsonNode loan = loans.get(req.pathParam("loan_id"));
 *           if (loan == null) {
 *             throw SandboxProblem.notFound("no such loan");
 *           }
 *           ctx.events().publish("library.loan.renewed", req.pathParam("city"), loan);
 *           return SandboxResponse.created(loan);
 *         });
 *   }
 *
 *   public void reset() { loans.clear(); }
 * }
 * }</pre>
 *
 * <p>Register it in {@code META-INF/services/io.cityservices.testkit.SandboxModule}; tests inject
 * faults with {@code sandbox.faults().unavailable(CityCode.WUHAN, LibrarySandbox.DEPARTMENT)} and reach
 * the module's data through what it {@linkplain io.cityservices.testkit.SandboxContext#provide provides}.
 *
 * <p>Everything around the handler is the platform's: authentication, request signature checks
 * ({@code sig1}, and {@code sig2} for non-repudiation), "service not offered", department faults,
 * scopes ({@code 403 insufficient_scope}), idempotency, rate limits, caching headers and response signatures.
 */
package io.cityservices.testkit;

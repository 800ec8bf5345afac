/**
 * The City Services sandbox: a stateful simulation of the platform on WireMock for the SDK's tests,
 * the examples and users' own tests.
 *
 * <p>Start one with {@link io.cityservices.testkit.CitySandbox#start()} (or {@code @CitySandboxTest}
 * from {@link io.cityservices.testkit.junit}). Service behaviour is added by
 * {@link io.cityservices.testkit.SandboxModule}s, found through {@code ServiceLoader}: a module registers
 * routes on the {@link io.cityservices.testkit.Router} with {@link io.cityservices.testkit.RouteFlags}
 * saying what the platform enforces around them, derives its seeded data from
 * {@link io.cityservices.testkit.SandboxContext#random()}, and answers with
 * {@link io.cityservices.testkit.SandboxResponse} or throws {@link io.cityservices.testkit.SandboxProblem}:
 *
 * <pre>{@code
 * public final class TrafficSandboxModule implements SandboxModule {
 *   public String name() { return "traffic"; }
 *
 *   public void register(SandboxContext ctx) {
 *     TrafficData data = TrafficData.generate(ctx.seed(), ctx.random());
 *     ctx.provide(TrafficData.class, data);
 *     ctx.router().get("/v1/cities/{city}/traffic/violations", RouteFlags.DEFAULT.withCitizen(),
 *         req -> SandboxResponse.ok(data.page(req.pathParam("city"), req.requireCitizen(), req.query("cursor"))));
 *     ctx.router().post("/v1/cities/{city}/traffic/fines/{id}/payments", RouteFlags.payment(), req -> {
 *       Payment p = data.pay(req.pathParam("id"), req.bodyAs(PaymentRequest.class));
 *       ctx.events().publish("payment.succeeded", req.pathParam("city"), ctx.mapper().valueToTree(p));
 *       return SandboxResponse.created(p);
 *     });
 *   }
 * }
 * }</pre>
 *
 * <p>Everything around the handler is the platform's: authentication, request signature checks
 * ({@code sig1}, and {@code sig2} for non-repudiation), "service not offered", department faults,
 * idempotency, rate limits, caching headers and response signatures.
 */
package io.cityservices.testkit;

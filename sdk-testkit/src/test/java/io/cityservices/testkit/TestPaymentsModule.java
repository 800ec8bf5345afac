package io.cityservices.testkit;


import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A stand-in service module: a ping, an echo and a "payment" that counts how often it really ran. */
final class TestPaymentsModule implements SandboxModule {
  final AtomicInteger payments = new AtomicInteger();
  /** When set, a payment counts down {@code entered} and then waits for {@code release} (held in flight). */
  final AtomicReference<Gate> gate = new AtomicReference<>();

  record Gate(CountDownLatch entered, CountDownLatch release) {}

  @Override
  public String name() {
    return "test-payments";
  }

  @Override
  public void register(SandboxContext context) {
    context.router().get("/v1/cities/{city}/traffic/ping", RouteFlags.DEFAULT,
        request -> SandboxResponse.ok(Map.of("city", request.pathParam("city"), "citizen", request.citizenId().orElse("none"))));
    context.router().post("/v1/cities/{city}/utilities/echo", RouteFlags.DEFAULT,
        request -> SandboxResponse.ok(request.json()));
    context.router().post("/v1/cities/{city}/traffic/payments", RouteFlags.payment(), request -> {
      int n = payments.incrementAndGet();
      Gate wait = gate.get();
      if (wait != null) {
        wait.entered().countDown();
        try {
          wait.release().await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return SandboxResponse.created(Map.of("payment_id", "pay-" + n, "status", "succeeded",
          "amount", request.json().path("amount")));
    });
  }

  @Override
  public void reset() {
    payments.set(0);
    gate.set(null);
  }
}

package io.cityservices.benchmarks;

import io.cityservices.core.signing.SignatureAlgorithm;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One loopback platform and both clients, shared by all benchmark threads of a run: the SDK
 * ({@link SdkClient}) and the hand-written baseline ({@link RawClient}) hit the same server.
 */
@State(Scope.Benchmark)
public class LoopbackState {

  static final String VIOLATION_ID = "V3100000001000001";

  /** The app key that makes the SDK's second request signature on payments. */
  @Param({"ed25519"})
  public String appKey;

  /**
   * Where the platform runs: {@code process} (its own JVM, pinned apart: the client's CPU figures
   * are the client's alone) or {@code inprocess} (this JVM, as before).
   */
  @Param({"process"})
  public String server;

  /** Violations per page: 1 (fixed per-call cost), 50 (the routine page), 500 (cost per byte). */
  @Param({"50"})
  public int items;

  Platform platform;
  SdkClient sdk;
  RawClient raw;

  @Setup(Level.Trial)
  public void start() {
    platform = "inprocess".equals(server) ? LoopbackPlatform.start(16, items) : PlatformProcess.start(16, items);
    sdk = new SdkClient(platform, SignatureAlgorithm.fromName(appKey));
    raw = new RawClient(platform);
    // Fail fast on a misconfigured run, and take the token and key set fetches out of the timing.
    check(sdk.violations().data().size() == items, "sdk page");
    check(raw.violations().data().size() == items, "raw page");
    check("SUCCEEDED".equals(sdk.pay(VIOLATION_ID).status()), "sdk payment");
    check("SUCCEEDED".equals(raw.pay(VIOLATION_ID).status()), "raw payment");
    check(sdk.violationsAsync().join().data().size() == items, "sdk async page");
    check(sdk.payAsync(VIOLATION_ID).join().amount().amount() == 20_000, "sdk async payment");
  }

  @TearDown(Level.Trial)
  public void stop() {
    int tokens = platform.tokensIssued();
    System.out.println(platform.connectionsSeen() + ", tokens issued: " + tokens);
    sdk.close();
    raw.close();
    platform.close();
    if (tokens != 1) {
      throw new IllegalStateException("the SDK fetched " + tokens + " tokens, expected 1");
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("unexpected result from " + what);
    }
  }
}

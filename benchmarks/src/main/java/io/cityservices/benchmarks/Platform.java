package io.cityservices.benchmarks;

import java.security.PublicKey;

/**
 * The loopback platform the clients call: in this JVM ({@link LoopbackPlatform}) or in a process of
 * its own ({@link PlatformProcess}), which keeps the server's CPU out of the client's figures.
 */
public interface Platform extends AutoCloseable {

  /** Where it serves, e.g. {@code http://127.0.0.1:41234}. */
  String baseUrl();

  /** The public key that verifies the raw endpoint's WeChat-style response signatures. */
  PublicKey wechatPlatformPublicKey();

  /** How many tokens were issued (one per SDK client expected: more means a token problem). */
  int tokensIssued();

  /** Connections (client ports) the SDK and the raw client used, for the run's log. */
  String connectionsSeen();

  @Override
  void close();
}

package io.cityservices.testkit;

import io.cityservices.core.model.CityCode;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on its own, e.g. {@code java -cp ... io.cityservices.testkit.SandboxMain --port 8080 --seed 7},
 * with the sandbox console on (its URL is printed), and prints what a person needs to call it with curl.
 * With {@code --https} it serves HTTPS and HTTP/2 under a certificate generated at start, and prints
 * that certificate. Stops on Ctrl-C.
 */
public final class SandboxMain {
  private SandboxMain() {}

  /**
   * Starts the sandbox and blocks until the JVM is asked to stop.
   *
   * @param args {@code --port N} (default: a free port), {@code --seed N} (default 42) and
   *     {@code --https} (default: plain HTTP)
   *
   * @throws InterruptedException if the main thread is interrupted while it waits for shutdown
   */
  public static void main(String[] args) throws InterruptedException {
    // Run on its own, the sandbox is for a person: the console is what they look at.
    CitySandbox.Builder builder = CitySandbox.builder().console(true);
    int i = 0;
    while (i < args.length) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--port" -> builder.port(Integer.parseInt(require(value, "--port")));
        case "--seed" -> builder.seed(Long.parseLong(require(value, "--seed")));
        case "--https" -> builder.https();
        default -> throw new IllegalArgumentException(
            "unknown option " + args[i] + " (use --port N, --seed N, --https)");
      }
      // An option with a value takes two arguments.
      i += args[i].equals("--https") ? 1 : 2;
    }
    CitySandbox sandbox = builder.build().start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "city-sandbox-shutdown"));
    describe(sandbox, System.out);
    stopped.await();
  }

  /** Prints the base URL and the default app's credentials. */
  static void describe(CitySandbox sandbox, PrintStream out) {
    SandboxApp app = sandbox.defaultApp();
    out.println("City Services sandbox listening on " + sandbox.baseUrl());
    sandbox.consoleUrl().ifPresent(url -> out.println("  console:       " + url + " (open it in a browser on this machine)"));
    out.println("  client_id:     " + app.clientId());
    // The sandbox's own throw-away credentials: printing them is the point of running it standalone.
    out.println("  client_secret: " + app.clientSecret());
    out.println("  key id:        " + app.keyId() + " (" + app.keyPair().algorithm().identifier() + ")");
    out.println("  first citizen of Shanghai: " + sandbox.seed().firstCitizen(CityCode.SHANGHAI).id());
    out.println("App private key (PKCS#8):");
    out.print(app.privateKeyPem());
    out.println();
    String curl = "curl -s";
    if (sandbox.isHttps()) {
      out.println("Server certificate (generated at start; save it as sandbox.pem):");
      out.print(sandbox.certificatePem());
      curl = "curl -s --cacert sandbox.pem";
    }
    out.println("Try: " + curl + " -u " + app.clientId() + ":" + app.clientSecret()
        + " -d grant_type=client_credentials " + sandbox.baseUrl() + "/v1/oauth2/token");
  }

  private static String require(String value, String option) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}

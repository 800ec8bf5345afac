package io.cityservices.testkit.junit512;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * On JUnit 5.12 a store does not close a plain {@link AutoCloseable}: this runs a
 * {@code @CitySandboxTest} class in a nested launcher and checks that its sandboxes' ports are
 * closed once the class (shared sandbox) or the method (own sandbox) is done.
 */
class SandboxClosedOnJunit512Test {

  static final AtomicInteger SHARED_PORT = new AtomicInteger();
  static final AtomicInteger OWN_PORT = new AtomicInteger();

  @Test
  void runsOnJunit512() {
    // The point of this module: fail loudly if the build ever resolves another JUnit here.
    assertThat(ExtensionContext.class.getPackage().getImplementationVersion()).startsWith("5.12.");
  }

  @Test
  void theSandboxPortsAreClosedAfterTheClass() {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(SandboxUser.class)).build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, summary);

    assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(2);
    assertThat(summary.getSummary().getTotalFailureCount()).isZero();
    assertThat(SHARED_PORT.get()).isPositive();
    assertThat(OWN_PORT.get()).isPositive().isNotEqualTo(SHARED_PORT.get());
    assertClosed(SHARED_PORT.get());
    assertClosed(OWN_PORT.get());
  }

  private static void assertClosed(int port) {
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
              }
            })
        .as("port %d still accepts connections", port)
        .isInstanceOf(IOException.class);
  }

  /** Run only through the nested launcher (Surefire skips nested classes). */
  @CitySandboxTest
  static class SandboxUser {

    @Test
    void usesTheSharedSandbox(CitySandbox sandbox) throws IOException {
      SHARED_PORT.set(sandbox.port());
      try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
        assertThat(socket.isConnected()).isTrue();
      }
    }

    @Test
    @CitySandboxTest(seed = 7)
    void usesItsOwnSandbox(CitySandbox sandbox) {
      OWN_PORT.set(sandbox.port());
    }
  }
}

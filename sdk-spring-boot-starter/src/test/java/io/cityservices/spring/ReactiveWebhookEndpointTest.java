package io.cityservices.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SignedEvent;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.traffic.ViolationRecorded;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.config.EnableWebFlux;

/** The webhook endpoint of a WebFlux application: verified, typed, de-duplicated, off the loop. */
@CitySandboxTest
class ReactiveWebhookEndpointTest {

  private static final URI ENDPOINT = URI.create("https://app.example/cityservices/webhooks");

  CitySandbox sandbox;

  private ReactiveWebApplicationContextRunner runner() {
    return new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CityServicesAutoConfiguration.class))
        .withUserConfiguration(App.class)
        .withPropertyValues(
            "cityservices.base-url=" + sandbox.baseUrl(),
            "cityservices.client-id=" + sandbox.defaultApp().clientId(),
            "cityservices.key-id=" + sandbox.defaultApp().keyId(),
            "cityservices.private-key=" + sandbox.defaultApp().privateKeyPem(),
            "cityservices.webhook.enabled=true",
            "cityservices.webhook.endpoint-url=" + ENDPOINT);
  }

  @Test
  void aSignedEventIsPublishedTypedOnceATamperedOneRefusedAndNeitherRunsOnTheEventLoop() {
    runner()
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(CityServicesWebhookController.class);
              WebTestClient client = WebTestClient.bindToApplicationContext(context).configureClient().responseTimeout(Duration.ofSeconds(30)).build();
              SignedEvent signed =
                  sandbox.events().signedEvent(
                      "traffic.violation.recorded", "310000",
                      sandbox.mapper().createObjectNode().put("violation_id", "v-1"), ENDPOINT);
              byte[] tampered = signed.bodyText().replace("v-1", "v-2").getBytes(StandardCharsets.UTF_8);

              deliver(client, "/cityservices/webhooks", signed.body(), signed).expectStatus().isNoContent();
              deliver(client, "/cityservices/webhooks", signed.body(), signed).expectStatus().isNoContent();
              deliver(client, "/cityservices/webhooks", tampered, signed).expectStatus().isUnauthorized();
              client.post().uri("/cityservices/webhooks").bodyValue(signed.body()).exchange()
                  .expectStatus().isUnauthorized();

              Received received = context.getBean(Received.class);
              assertThat(received.violations)
                  .singleElement()
                  .satisfies(v -> assertThat(v.violationId()).isEqualTo("v-1"));
              assertThat(received.untyped).isEmpty();
              assertThat(received.threads).singleElement().asString().startsWith("boundedElastic");
            });
  }

  @Test
  void theConfiguredPathIsServedAndUntypedEventsArePublishedAsWebhookEvents() {
    runner()
        .withPropertyValues("cityservices.webhook.path=/hooks/city")
        .run(
            context -> {
              WebTestClient client = WebTestClient.bindToApplicationContext(context).configureClient().responseTimeout(Duration.ofSeconds(30)).build();
              SignedEvent signed =
                  sandbox.events().signedEvent(
                      "platform.notice.published", "310000", sandbox.mapper().createObjectNode(), ENDPOINT);

              deliver(client, "/cityservices/webhooks", signed.body(), signed).expectStatus().isNotFound();
              deliver(client, "/hooks/city", signed.body(), signed).expectStatus().isNoContent();

              assertThat(context.getBean(Received.class).untyped)
                  .singleElement()
                  .satisfies(e -> assertThat(e.type()).isEqualTo("platform.notice.published"));
            });
  }

  @Test
  void theEndpointIsOffUnlessEnabled() {
    runner()
        .withPropertyValues("cityservices.webhook.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("cityServicesWebhookRoute"));
  }

  private static WebTestClient.ResponseSpec deliver(
      WebTestClient client, String path, byte[] body, SignedEvent signed) {
    return client.post()
        .uri(path)
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .headers(h -> signed.headers().forEach(h::set))
        .bodyValue(body)
        .exchange();
  }

  @Configuration(proxyBeanMethods = false)
  @EnableWebFlux
  static class App {
    @Bean
    Received received() {
      return new Received();
    }
  }

  static class Received {
    final List<ViolationRecorded> violations = new CopyOnWriteArrayList<>();
    final List<WebhookEvent> untyped = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ViolationRecorded violation) {
      violations.add(violation);
      threads.add(Thread.currentThread().getName());
    }

    @EventListener
    void on(WebhookEvent event) {
      untyped.add(event);
    }
  }
}

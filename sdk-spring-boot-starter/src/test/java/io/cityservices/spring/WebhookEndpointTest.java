package io.cityservices.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SignedEvent;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.traffic.ViolationRecorded;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

@CitySandboxTest
class WebhookEndpointTest {
  private static final URI ENDPOINT = URI.create("https://app.example/cityservices/webhooks");

  CitySandbox sandbox;

  private WebApplicationContextRunner runner() {
    return new WebApplicationContextRunner()
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
  void aSignedEventIsPublishedTypedAndItsDuplicateAcknowledgedButNotRepublished() {
    runner()
        .run(
            context -> {
              MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
              SignedEvent signed = violationRecorded();

              mvc.perform(delivery("/cityservices/webhooks", signed.body(), signed)).andExpect(status().isNoContent());
              mvc.perform(delivery("/cityservices/webhooks", signed.body(), signed)).andExpect(status().isNoContent());

              Received received = context.getBean(Received.class);
              assertThat(received.violations)
                  .singleElement()
                  .satisfies(v -> assertThat(v.violationId()).isEqualTo("v-1"));
              assertThat(received.untyped).isEmpty();
            });
  }

  @Test
  void aTamperedDeliveryIsRefusedAndNotPublished() {
    runner()
        .run(
            context -> {
              MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
              SignedEvent signed = violationRecorded();
              byte[] tampered = signed.bodyText().replace("v-1", "v-2").getBytes(java.nio.charset.StandardCharsets.UTF_8);

              mvc.perform(delivery("/cityservices/webhooks", tampered, signed)).andExpect(status().isUnauthorized());
              mvc.perform(post("/cityservices/webhooks").content(signed.body())).andExpect(status().isUnauthorized());

              Received received = context.getBean(Received.class);
              assertThat(received.violations).isEmpty();
              assertThat(received.untyped).isEmpty();
            });
  }

  @Test
  void anEventOfATypeNoModuleDeclaresIsPublishedAsTheWebhookEventAtTheConfiguredPath() {
    runner()
        .withPropertyValues("cityservices.webhook.path=/hooks/city")
        .run(
            context -> {
              MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
              SignedEvent signed =
                  sandbox.events().signedEvent(
                      "platform.notice.published", "310000", sandbox.mapper().createObjectNode(), ENDPOINT);

              mvc.perform(delivery("/cityservices/webhooks", signed.body(), signed)).andExpect(status().isNotFound());
              mvc.perform(delivery("/hooks/city", signed.body(), signed)).andExpect(status().isNoContent());

              assertThat(context.getBean(Received.class).untyped)
                  .singleElement()
                  .satisfies(e -> assertThat(e.type()).isEqualTo("platform.notice.published"));
            });
  }

  @Test
  void theEndpointIsOffUnlessEnabled() {
    runner()
        .withPropertyValues("cityservices.webhook.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(CityServicesWebhookController.class));
  }

  private SignedEvent violationRecorded() {
    return sandbox.events().signedEvent(
        "traffic.violation.recorded", "310000", sandbox.mapper().createObjectNode().put("violation_id", "v-1"),
        ENDPOINT);
  }

  private static MockHttpServletRequestBuilder delivery(String path, byte[] body, SignedEvent signed) {
    MockHttpServletRequestBuilder request = post(path).contentType("application/json").content(body);
    signed.headers().forEach(request::header);
    return request;
  }

  @Configuration(proxyBeanMethods = false)
  @EnableWebMvc
  static class App {
    @Bean
    Received received() {
      return new Received();
    }
  }

  static class Received {
    final List<ViolationRecorded> violations = new CopyOnWriteArrayList<>();
    final List<WebhookEvent> untyped = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ViolationRecorded violation) {
      violations.add(violation);
    }

    @EventListener
    void on(WebhookEvent event) {
      untyped.add(event);
    }
  }
}

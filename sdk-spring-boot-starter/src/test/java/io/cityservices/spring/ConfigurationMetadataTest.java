package io.cityservices.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated metadata (what IDEs complete) documents every property the starter reads. */
class ConfigurationMetadataTest {

  @Test
  void everyPropertyIsDescribed() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated metadata").isNotNull();
      metadata = new ObjectMapper().readTree(in);
    }
    List<String> names = new ArrayList<>();
    for (JsonNode property : metadata.get("properties")) {
      names.add(property.get("name").asText());
      assertThat(property.path("description").asText()).as(property.get("name").asText()).isNotBlank();
    }
    assertThat(names)
        .contains(
            "cityservices.base-url", "cityservices.client-id", "cityservices.client-secret",
            "cityservices.private-key", "cityservices.private-key-location", "cityservices.key-id",
            "cityservices.key-algorithm", "cityservices.default-city", "cityservices.call-timeout",
            "cityservices.retry.max-attempts", "cityservices.circuit-breaker.open-duration",
            "cityservices.rate-limit-mode", "cityservices.cache-entries",
            "cityservices.signature-tolerance", "cityservices.webhook.path",
            "cityservices.webhook.endpoint-url");
  }
}

package io.cityservices.spring;

import io.cityservices.core.CityServices;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.core.webhook.EventType;
import io.cityservices.exitentry.ExitEntryClient;
import io.cityservices.health.HealthClient;
import io.cityservices.library.LibraryClient;
import io.cityservices.marriage.MarriageClient;
import io.cityservices.micrometer.ObservationCircuitBreakerListener;
import io.cityservices.micrometer.ObservationInterceptor;
import io.cityservices.socialinsurance.SocialInsuranceClient;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.utilities.UtilitiesClient;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Makes a {@link CityServices} from the {@code cityservices.*} properties (closed with the context),
 * and, when {@code cityservices.default-city} is set, a client bean for that city for each
 * department module on the classpath. Every bean backs off when the application defines its own.
 * {@link ExecutionInterceptor} and {@link CircuitBreakerListener} beans are registered on the client;
 * {@link CityServicesBuilderCustomizer} beans adjust it further.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass(CityServices.class)
@EnableConfigurationProperties(CityServicesProperties.class)
public class CityServicesAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  CityServices cityServices(
      CityServicesProperties properties,
      ObjectProvider<ExecutionInterceptor> interceptors,
      ObjectProvider<CircuitBreakerListener> listeners,
      ObjectProvider<CityServicesBuilderCustomizer> customizers) {
    CityServices.Builder builder =
        CityServicesFactory.builder(
            properties, interceptors.orderedStream().toList(), listeners.orderedStream().toList());
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(TrafficClient.class)
  @ConditionalOnProperty("cityservices.default-city")
  static class Traffic {
    @Bean
    @ConditionalOnMissingBean
    TrafficClient trafficClient(CityServices cityServices) {
      return TrafficClient.create(cityServices);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(UtilitiesClient.class)
  @ConditionalOnProperty("cityservices.default-city")
  static class Utilities {
    @Bean
    @ConditionalOnMissingBean
    UtilitiesClient utilitiesClient(CityServices cityServices) {
      return UtilitiesClient.create(cityServices);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthClient.class)
  @ConditionalOnProperty("cityservices.default-city")
  static class Health {
    @Bean
    @ConditionalOnMissingBean
    HealthClient healthClient(CityServices cityServices) {
      return HealthClient.create(cityServices);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MarriageClient.class)
  @ConditionalOnProperty("cityservices.default-city")
  static class Marriage {
    @Bean
    @ConditionalOnMissingBean
    MarriageClient marriageClient(CityServices cityServices) {
      return MarriageClient.create(cityServices);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(LibraryClient.class)
  @ConditionalOnProperty("cityservices.default-city")
  static class Library {
    @Bean
    @ConditionalOnMissingBean
    LibraryClient libraryClient(CityServices cityServices) {
      return LibraryClient.create(cityServices);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SocialInsuranceClient.class)
  @ConditionalOnProperty("cityservices.default-city")
  static class SocialInsurance {
    @Bean
    @ConditionalOnMissingBean
    SocialInsuranceClient socialInsuranceClient(CityServices cityServices) {
      return SocialInsuranceClient.create(cityServices);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ExitEntryClient.class)
  @ConditionalOnProperty("cityservices.default-city")
  static class ExitEntry {
    @Bean
    @ConditionalOnMissingBean
    ExitEntryClient exitEntryClient(CityServices cityServices) {
      return ExitEntryClient.create(cityServices);
    }
  }

  /** Actuator health per department, when Spring Boot 3's Actuator is on the classpath. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.CompositeHealthContributor")
  static class Actuator {
    @Bean
    @ConditionalOnMissingBean
    DepartmentHealthTracker cityServicesDepartmentHealthTracker() {
      return new DepartmentHealthTracker(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(name = "cityServicesHealthContributor")
    CityServicesHealthContributor cityServicesHealthContributor(DepartmentHealthTracker tracker) {
      return new CityServicesHealthContributor(tracker);
    }
  }

  /**
   * Actuator health per department on Spring Boot 4, whose health API moved to {@code
   * org.springframework.boot.health}. Only one of this and {@link Actuator} can match.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.CompositeHealthContributor")
  static class Boot4Health {
    @Bean
    @ConditionalOnMissingBean
    DepartmentHealthTracker cityServicesDepartmentHealthTracker() {
      return new DepartmentHealthTracker(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(name = "cityServicesHealthContributor")
    CityServicesBoot4HealthContributor cityServicesHealthContributor(
        DepartmentHealthTracker tracker) {
      return new CityServicesBoot4HealthContributor(tracker);
    }
  }

  /** Observations of every attempt and breaker transition, when Micrometer is in use. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({ObservationInterceptor.class, ObservationRegistry.class})
  @ConditionalOnBean(ObservationRegistry.class)
  static class Observability {
    @Bean
    @ConditionalOnMissingBean
    ObservationInterceptor cityServicesObservationInterceptor(ObservationRegistry registry) {
      return new ObservationInterceptor(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    ObservationCircuitBreakerListener cityServicesObservationCircuitBreakerListener(
        ObservationRegistry registry) {
      return new ObservationCircuitBreakerListener(registry);
    }
  }

  /** The webhook endpoint, when enabled and Spring MVC serves the application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(name = "cityservices.webhook.enabled", havingValue = "true")
  static class Webhooks {
    @Bean
    @ConditionalOnMissingBean
    CityServicesWebhookController cityServicesWebhookController(
        CityServices cityServices,
        ObjectProvider<EventType<?>> eventTypes,
        ApplicationEventPublisher publisher,
        ApplicationContext context,
        CityServicesProperties properties) {
      return new CityServicesWebhookController(
          webhookReceiver(cityServices, eventTypes, publisher, context, properties));
    }
  }

  /** The webhook endpoint, when enabled and WebFlux serves the application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  @ConditionalOnClass(name = "org.springframework.web.reactive.function.server.RouterFunction")
  @ConditionalOnProperty(name = "cityservices.webhook.enabled", havingValue = "true")
  static class ReactiveWebhooks {
    @Bean
    @ConditionalOnMissingBean(name = "cityServicesWebhookRoute")
    RouterFunction<ServerResponse> cityServicesWebhookRoute(
        CityServices cityServices,
        ObjectProvider<EventType<?>> eventTypes,
        ApplicationEventPublisher publisher,
        ApplicationContext context,
        CityServicesProperties properties) {
      return new CityServicesWebhookRouter(
              webhookReceiver(cityServices, eventTypes, publisher, context, properties))
          .route(properties.getWebhook().getPath());
    }
  }

  private static WebhookReceiver webhookReceiver(
      CityServices cityServices,
      ObjectProvider<EventType<?>> eventTypes,
      ApplicationEventPublisher publisher,
      ApplicationContext context,
      CityServicesProperties properties) {
    URI endpoint = properties.getWebhook().getEndpointUrl();
    if (endpoint == null) {
      throw new MissingCityServicesPropertyException(
          "cityservices.webhook.endpoint-url",
          "deliveries are signed over the endpoint URL registered with the platform");
    }
    return new WebhookReceiver(
        cityServices.webhooks().forEndpoint(endpoint),
        new WebhookEventTypes(context.getClassLoader(), eventTypes.orderedStream().toList()),
        publisher);
  }
}

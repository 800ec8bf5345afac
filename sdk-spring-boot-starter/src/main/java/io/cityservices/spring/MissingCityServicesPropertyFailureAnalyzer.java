package io.cityservices.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a missing {@code cityservices.*} property at start-up by name, with how to set it. */
class MissingCityServicesPropertyFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingCityServicesPropertyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingCityServicesPropertyException cause) {
    return new FailureAnalysis(
        "The City Services client could not be configured: property '"
            + cause.property()
            + "' is not set ("
            + cause.why()
            + ").",
        "Set '"
            + cause.property()
            + "' in application.yml or the environment, or define your own CityServices bean.",
        cause);
  }
}

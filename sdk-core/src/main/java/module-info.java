/**
 * The City Services SDK core: configuration, transport, auth, signing, errors, resilience settings
 * and the standard data model. The packages below {@code io.cityservices.core.internal} are not
 * exported; {@code io.cityservices.core.http}, {@code io.cityservices.core.overview} (its
 * {@code OverviewContributor}) and {@code io.cityservices.core.privacy} are also the SPI the
 * service modules build on.
 */
// Hibernate Validator 8 is an automatic module (no descriptor of its own); reading it is deliberate.
// The testkit is compiled after this module, so javac cannot find it when reading the qualified export.
@SuppressWarnings({"requires-automatic", "module"})
module io.cityservices.core {
  // @NullMarked / @Nullable: annotations only, not needed at run time. Not transitive: sdk-testkit
  // reads this module and wiremock-standalone, which embeds org.jspecify.annotations, so a
  // transitive read would split that package there. Users' checkers read the annotations from the
  // class files; Maven puts jspecify on their compile path.
  requires static org.jspecify;
  // In public signatures: CityServices.Builder#okHttpClient, the constraint annotations' payload.
  requires transitive okhttp3;
  requires transitive jakarta.validation;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.hibernate.validator;
  requires org.slf4j;
  // RequestValidator quiets Hibernate Validator's version banner, logged through java.util.logging.
  requires java.logging;

  exports io.cityservices.core;
  exports io.cityservices.core.auth;
  exports io.cityservices.core.auth.pkce;
  exports io.cityservices.core.catalog;
  exports io.cityservices.core.error;
  exports io.cityservices.core.http;
  exports io.cityservices.core.model;
  exports io.cityservices.core.overview;
  exports io.cityservices.core.pagination;
  exports io.cityservices.core.privacy;
  exports io.cityservices.core.resilience;
  exports io.cityservices.core.signing;
  exports io.cityservices.core.transport;
  exports io.cityservices.core.validation;
  exports io.cityservices.core.webhook;
  // The testkit's simulated platform signs and verifies messages with the SDK's own code.
  exports io.cityservices.core.internal.signing to io.cityservices.testkit;

  // Records and wire types are bound by Jackson and checked by Hibernate Validator reflectively.
  opens io.cityservices.core to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.auth to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.auth.pkce to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.catalog to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.error to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.http to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.internal to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.internal.auth to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.internal.http to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.internal.json to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.internal.resilience to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.internal.signing to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.model to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.overview to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.pagination to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.resilience to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.signing to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.transport to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.validation to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens io.cityservices.core.webhook to com.fasterxml.jackson.databind, org.hibernate.validator;

  uses io.cityservices.core.overview.OverviewContributor;
}

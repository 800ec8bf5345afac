package io.cityservices.core.overview;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The overview's assembly, against a loopback catalog and the fake department modules this
 * module's test resources register (library and parking): discovery, not offered, failures,
 * the deadline, the merged to-do list.
 */
class CitizenOverviewTest {

  private static final CitizenToken CITIZEN =
      new CitizenToken("c-1", "citizen-access-token", null, Instant.parse("2100-01-01T00:00:00Z"), "all");
  private static final String CATALOG = "{\"cities\":["
      + "{\"city_code\":\"310000\",\"name\":\"上海\",\"services\":[\"library\",\"parking\"]},"
      + "{\"city_code\":\"330100\",\"name\":\"杭州\",\"services\":[\"library\",\"parking\"]},"
      + "{\"city_code\":\"440300\",\"name\":\"深圳\",\"services\":[\"library\",\"parking\"]},"
      + "{\"city_code\":\"330200\",\"name\":\"宁波\",\"services\":[\"library\",\"parking\"]},"
      + "{\"city_code\":\"440100\",\"name\":\"广州\",\"services\":[\"parking\"]}]}";

  static WireMockServer server;
  CityServices city;

  @BeforeAll
  static void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void connect() {
    server.resetAll();
    server.stubFor(get("/v1/catalog").willReturn(okJson(CATALOG)));
    FakeLibraryContributor.CALLS.clear();
    city = client().defaultCity(CityCode.SHANGHAI).build();
  }

  @AfterEach
  void close() {
    city.close();
  }

  private static CityServices.Builder client() {
    return CityServices.builder()
        .baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.none())
        .callTimeout(Duration.ofSeconds(10));
  }

  @Test
  void everyContributorOnTheClasspathIsFoundAndAnswersForTheDefaultCity() {
    CitizenOverview overview = city.citizen(CITIZEN).overview();

    assertThat(overview.sections()).extracting(OverviewSection::department).containsExactly("library", "parking");
    assertThat(overview.sections()).allSatisfy(s -> {
      assertThat(s.city()).isEqualTo(CityCode.SHANGHAI);
      assertThat(s.status()).isEqualTo(SectionStatus.AVAILABLE);
    });
    assertThat(overview.complete()).isTrue();
    assertThat(overview.totalOwed()).isEqualTo(Money.cny(1_150));
    assertThat(overview.section(FakeSection.class)).get().extracting(OverviewSection::title).isEqualTo("Fake library");
    assertThat(FakeLibraryContributor.CALLS).singleElement().satisfies(context -> {
      assertThat(context.options().citizen()).isEqualTo(CITIZEN);
      assertThat(context.options().timeout()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
    });
  }

  @Test
  void toDosOfEveryDepartmentAreMergedEarliestDueFirstUndatedLast() {
    CitizenOverview overview = city.citizen(CITIZEN).overview();
    LocalDate today = FakeLibraryContributor.CALLS.peek().today();

    assertThat(overview.toDos()).extracting(ToDo::department, ToDo::dueOn, ToDo::overdue).containsExactly(
        org.assertj.core.groups.Tuple.tuple("library", today.minusDays(2), true),
        org.assertj.core.groups.Tuple.tuple("parking", today.plusDays(1), false),
        org.assertj.core.groups.Tuple.tuple("library", today.plusDays(3), false),
        org.assertj.core.groups.Tuple.tuple("parking", null, false));
  }

  @Test
  void personalDataInToDoTitlesIsMaskedAndNeverInToString() {
    CitizenOverview overview = city.citizen(CITIZEN).overview();

    assertThat(overview.toString())
        .doesNotContain("110101199003074514", "沪A12345", "citizen-access-token")
        .contains("110***********4514");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // guards against a hang only; nothing is timed
  void eachCityGivesItsOwnOutcomeAndNoneFailsTheOverview() {
    // Long enough for every answering city even on a busy machine: only Ningbo, which never
    // answers, waits for it.
    RequestOptions deadline = RequestOptions.builder().timeout(Duration.ofSeconds(3)).build();

    CitizenOverview overview = city.citizen(CITIZEN).overview(
        OverviewQuery.cities(CityCode.SHANGHAI, CityCode.HANGZHOU, CityCode.SHENZHEN, CityCode.NINGBO, CityCode.GUANGZHOU),
        deadline);

    assertThat(overview.section("library", CityCode.SHANGHAI)).get().isInstanceOf(FakeSection.class);
    assertThat(overview.section("library", CityCode.HANGZHOU)).get().isEqualTo(new OverviewSection.Unavailable(
        "library", CityCode.HANGZHOU, UnavailableReason.DEPARTMENT_UNAVAILABLE, "department_unavailable", "req-1"));
    assertThat(overview.section("library", CityCode.SHENZHEN)).get()
        .isEqualTo(new OverviewSection.Unavailable("library", CityCode.SHENZHEN, UnavailableReason.FAILED, null, null));
    assertThat(overview.section("library", CityCode.NINGBO)).get()
        .isEqualTo(new OverviewSection.Unavailable("library", CityCode.NINGBO, UnavailableReason.TIMEOUT, "timeout", null));
    assertThat(overview.section("library", CityCode.GUANGZHOU)).get()
        .isEqualTo(new OverviewSection.NotOffered("library", CityCode.GUANGZHOU));
    assertThat(overview.sections(FakeSection.class)).extracting(OverviewSection::department)
        .containsExactly("library", "parking", "parking", "parking", "parking", "parking");
    assertThat(overview.complete()).isFalse();
    // Not offered means not called: the fake saw every city but Guangzhou.
    assertThat(FakeLibraryContributor.CALLS).extracting(OverviewContext::city)
        .containsExactlyInAnyOrder(CityCode.SHANGHAI, CityCode.HANGZHOU, CityCode.SHENZHEN, CityCode.NINGBO);
    assertThat(overview.totalOwed()).isEqualTo(Money.cny(150 + 5 * 1_000));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void theAsyncFormCompletesWithTheLateDepartmentUnavailable() throws Exception {
    CitizenOverview overview = city.citizen(CITIZEN)
        .overviewAsync(OverviewQuery.cities(CityCode.NINGBO), RequestOptions.builder().timeout(Duration.ofSeconds(2)).build())
        .get();

    assertThat(overview.section("library", CityCode.NINGBO)).get()
        .extracting(s -> ((OverviewSection.Unavailable) s).reason()).isEqualTo(UnavailableReason.TIMEOUT);
    assertThat(overview.section("parking", CityCode.NINGBO)).get().isInstanceOf(FakeSection.class);
  }

  @Test
  void withoutTheCatalogEveryDepartmentIsAsked() {
    server.stubFor(get("/v1/catalog").willReturn(serviceUnavailable()));

    CitizenOverview overview = city.citizen(CITIZEN).overview(OverviewQuery.cities(CityCode.GUANGZHOU), RequestOptions.none());

    assertThat(overview.sections()).extracting(OverviewSection::status)
        .containsExactly(SectionStatus.AVAILABLE, SectionStatus.AVAILABLE);
    assertThat(FakeLibraryContributor.CALLS).extracting(OverviewContext::city).containsExactly(CityCode.GUANGZHOU);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aCatalogSlowerThanTheDeadlineLeavesEverySectionTimedOutAndCallsNoDepartment() {
    server.stubFor(get("/v1/catalog").willReturn(okJson(CATALOG).withFixedDelay(2_000)));

    CitizenOverview overview = city.citizen(CITIZEN)
        .overview(OverviewQuery.defaultCity(), RequestOptions.builder().timeout(Duration.ofMillis(200)).build());

    assertThat(overview.sections()).extracting(s -> ((OverviewSection.Unavailable) s).reason())
        .containsExactly(UnavailableReason.TIMEOUT, UnavailableReason.TIMEOUT);
    assertThat(FakeLibraryContributor.CALLS).isEmpty();
  }

  @Test
  void noCityAtAllIsRefusedBeforeAnythingIsSent() {
    try (CityServices noDefault = client().build()) {
      assertThatThrownBy(() -> noDefault.citizen(CITIZEN).overview())
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("cities"));
      assertThat(noDefault.citizen(CITIZEN).overviewAsync()).isCompletedExceptionally();
    }
    assertThat(server.findAll(WireMock.anyRequestedFor(anyUrl()))).isEmpty();
    assertThat(FakeLibraryContributor.CALLS).isEmpty();
  }

  @Test
  void duplicateCitiesAreAskedOnce() {
    CitizenOverview overview = city.citizen(CITIZEN)
        .overview(OverviewQuery.cities(CityCode.SHANGHAI, CityCode.SHANGHAI), RequestOptions.none());

    assertThat(overview.sections()).hasSize(2);
    assertThat(List.copyOf(FakeLibraryContributor.CALLS)).hasSize(1);
  }
}

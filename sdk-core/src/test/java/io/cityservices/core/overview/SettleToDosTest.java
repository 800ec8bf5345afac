package io.cityservices.core.overview;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Settling to-dos through the fake parking module of this module's test resources: the checks
 * before anything is paid, the keys, and how each way a payment can end becomes an outcome.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SettleToDosTest {

  private static final CitizenToken CITIZEN =
      new CitizenToken("c-1", "citizen-access-token", null, Instant.parse("2100-01-01T00:00:00Z"), "all");

  static WireMockServer server;
  CityServices city;
  CitizenView citizen;

  @BeforeAll
  static void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
    server.start();
    server.stubFor(get("/v1/catalog").willReturn(okJson("{\"cities\":[]}")));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void connect() {
    FakeParkingContributor.SETTLED.clear();
    city = CityServices.builder().baseUrl(server.baseUrl()).defaultCity(CityCode.SHANGHAI)
        .callTimeout(Duration.ofSeconds(10)).build();
    citizen = city.citizen(CITIZEN);
  }

  @AfterEach
  void close() {
    city.close();
  }

  private static ToDo ticket(String reference, long fen) {
    return ToDo.builder("parking", CityCode.SHANGHAI, "Pay the parking ticket")
        .amount(Money.cny(fen)).reference(reference).payable().build();
  }

  @Test
  void eachToDoIsPaidWithItsOwnKeyAsTheCitizen() {
    List<ToDo> chosen = List.of(ticket("ok-1", 1_000), ticket("ok-2", 2_000));

    Settlements settled = citizen.settle(chosen);

    assertThat(settled.allPaid()).isTrue();
    assertThat(settled.paid()).extracting(p -> p.receipt().paymentId()).containsExactly("pay-ok-1", "pay-ok-2");
    assertThat(FakeParkingContributor.SETTLED).hasSize(2).allSatisfy(context -> {
      assertThat(context.options().citizen()).isEqualTo(CITIZEN);
      assertThat(context.city()).isEqualTo(CityCode.SHANGHAI);
    });
    assertThat(FakeParkingContributor.SETTLED).extracting(c -> c.options().idempotencyKey())
        .containsExactlyInAnyOrderElementsOf(settled.results().stream().map(Settlement::idempotencyKey).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void theSameToDoGetsTheSameKeyOnEveryRunAndANewAmountOrAttemptANewOne() {
    String first = citizen.settle(List.of(ticket("ok-1", 1_000))).results().get(0).idempotencyKey();
    CitizenView elsewhere = city.citizen(CITIZEN);

    assertThat(elsewhere.settle(List.of(ticket("ok-1", 1_000))).results().get(0).idempotencyKey()).isEqualTo(first);
    assertThat(citizen.settle(List.of(ticket("ok-1", 1_500))).results().get(0).idempotencyKey()).isNotEqualTo(first);
    String attempt = citizen.settle(List.of(ticket("ok-1", 1_000)), RequestOptions.builder().idempotencyKey("attempt-2").build())
        .results().get(0).idempotencyKey();
    assertThat(attempt).isNotEqualTo(first);
  }

  @Test
  void aRefusalIsFailedAndEverythingThatMayHaveChargedIsUnknown() {
    List<ToDo> chosen = List.of(ticket("refused", 100), ticket("reset", 200), ticket("bug", 300), ticket("ok-4", 400));

    Settlements settled = citizen.settle(chosen);

    assertThat(settled.results()).extracting(Settlement::toDo).containsExactlyElementsOf(chosen);
    assertThat(settled.failed()).singleElement().satisfies(f -> {
      assertThat(f.toDo().reference()).isEqualTo("refused");
      assertThat(f.error()).isInstanceOf(ConflictException.class);
    });
    assertThat(settled.unknown()).extracting(u -> u.toDo().reference()).containsExactly("reset", "bug");
    assertThat(settled.unknown().get(0).error()).isInstanceOf(TransportException.class);
    assertThat(settled.paid()).extracting(p -> p.toDo().reference()).containsExactly("ok-4");
    assertThat(settled.allPaid()).isFalse();
  }

  @Test
  void aPaymentWithoutAnswerByTheDeadlineIsUnknownAndTheOthersArrive() {
    Settlements settled = citizen.settle(List.of(ticket("hang", 100), ticket("ok-5", 500)),
        RequestOptions.builder().timeout(Duration.ofMillis(200)).build());

    assertThat(settled.unknown()).singleElement().satisfies(u -> {
      assertThat(u.toDo().reference()).isEqualTo("hang");
      assertThat(u.error()).isInstanceOf(ApiTimeoutException.class);
    });
    assertThat(settled.paid()).hasSize(1);
  }

  @Test
  void badChoicesAreRefusedTogetherBeforeAnyPayment() {
    ToDo notPayable = ToDo.builder("parking", CityCode.SHANGHAI, "Renew the permit").build();
    ToDo unknownDepartment = ToDo.builder("ferries", CityCode.SHANGHAI, "Pay the ferry fine")
        .amount(Money.cny(100)).reference("f-1").payable().build();
    ToDo ok = ticket("ok-6", 600);

    assertThatThrownBy(() -> citizen.settle(List.of(ok, notPayable, unknownDepartment, ok)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("toDos[1]", "toDos[2]", "toDos[3]"));
    assertThatThrownBy(() -> citizen.settle(List.of())).isInstanceOf(ValidationException.class);
    assertThat(citizen.settleAsync(List.of(notPayable))).isCompletedExceptionally();
    assertThat(FakeParkingContributor.SETTLED).isEmpty();
  }

  @Test
  void aPayableToDoNeedsAnAmountAndAReference() {
    assertThatThrownBy(() -> ToDo.builder("parking", CityCode.SHANGHAI, "Pay").reference("r").payable().build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ToDo.builder("parking", CityCode.SHANGHAI, "Pay").amount(Money.cny(1)).payable().build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}

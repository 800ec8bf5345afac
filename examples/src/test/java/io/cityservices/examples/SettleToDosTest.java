package io.cityservices.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.PaymentDeclinedException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.core.overview.Settlement;
import io.cityservices.core.overview.Settlements;
import io.cityservices.core.overview.ToDo;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.traffic.TrafficData;
import io.cityservices.testkit.utilities.UtilitiesData;
import io.cityservices.traffic.TrafficSection;
import io.cityservices.utilities.UtilitiesSection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Settling a citizen's to-dos across departments against the sandbox: whatever the network does
 * between two runs of the helper, every fine and bill is charged exactly once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SettleToDosTest {

  ExampleEnvironment env;
  CitySandbox sandbox;
  CitizenView citizen;
  TrafficData traffic;
  UtilitiesData utilities;

  @BeforeEach
  void start() {
    env = ExampleEnvironment.sandbox(CityCode.SHANGHAI);
    sandbox = env.sandbox().orElseThrow();
    citizen = env.client().citizen(env.citizen());
    traffic = sandbox.data(TrafficData.class);
    utilities = sandbox.data(UtilitiesData.class);
  }

  @AfterEach
  void stop() {
    env.close();
  }

  private List<ToDo> fineAndBill(CitizenOverview overview) {
    ToDo fine = payable(overview, TrafficSection.DEPARTMENT);
    ToDo bill = payable(overview, UtilitiesSection.DEPARTMENT);
    return List.of(fine, bill);
  }

  private static ToDo payable(CitizenOverview overview, String department) {
    return overview.toDos().stream()
        .filter(t -> t.department().equals(department) && t.payable())
        .findFirst().orElseThrow();
  }

  @Test
  void aPaymentWhoseAnswerWasLostIsUnknownThenPaidOnceWhenSettledAgain() {
    List<ToDo> chosen = fineAndBill(citizen.overview());
    ToDo fine = chosen.get(0);
    ToDo bill = chosen.get(1);
    // The platform takes the fine's payment, then every answer to it is lost, retries included.
    sandbox.faults().failAfterHandling(".*/violations/" + fine.reference() + "/payments", Fault.CONNECTION_RESET_BY_PEER, 100);

    Settlements first = citizen.settle(chosen);

    assertThat(first.results()).extracting(Settlement::toDo).containsExactly(fine, bill);
    assertThat(first.unknown()).singleElement().satisfies(u -> assertThat(u.toDo()).isEqualTo(fine));
    assertThat(first.paid()).singleElement().satisfies(p -> {
      assertThat(p.toDo()).isEqualTo(bill);
      assertThat(p.receipt().amount()).isEqualTo(bill.amount());
    });
    assertThat(traffic.paymentCount(fine.reference())).isEqualTo(1);
    assertThat(utilities.paymentCount(bill.reference())).isEqualTo(1);

    sandbox.faults().reset();
    Settlements second = citizen.settle(chosen);

    assertThat(second.allPaid()).isTrue();
    assertThat(traffic.paymentCount(fine.reference())).isEqualTo(1);
    assertThat(utilities.paymentCount(bill.reference())).isEqualTo(1);
    // The same key both times: the platform replayed the payment it had taken.
    assertThat(second.outcomeOf(fine).orElseThrow().idempotencyKey())
        .isEqualTo(first.outcomeOf(fine).orElseThrow().idempotencyKey());
    assertThat(second.paid()).extracting(p -> p.receipt().paymentId())
        .contains(first.paid().get(0).receipt().paymentId());
    // And a fresh overview has nothing left to pay for either.
    assertThat(citizen.overview().toDos()).extracting(ToDo::reference)
        .doesNotContain(fine.reference(), bill.reference());
  }

  @Test
  void aDoubleClickPaysOnce() {
    List<ToDo> chosen = fineAndBill(citizen.overview());

    CompletableFuture<Settlements> click = citizen.settleAsync(chosen);
    CompletableFuture<Settlements> again = citizen.settleAsync(chosen);
    Settlements a = click.join();
    Settlements b = again.join();

    for (ToDo toDo : chosen) {
      // One click pays; the other either replays that payment or finds it still in flight.
      assertThat(List.of(a.outcomeOf(toDo).orElseThrow(), b.outcomeOf(toDo).orElseThrow()))
          .anySatisfy(s -> assertThat(s).isInstanceOf(Settlement.Paid.class))
          .noneSatisfy(s -> assertThat(s).isInstanceOf(Settlement.Failed.class));
    }
    assertThat(traffic.paymentCount(chosen.get(0).reference())).isEqualTo(1);
    assertThat(utilities.paymentCount(chosen.get(1).reference())).isEqualTo(1);
    assertThat(citizen.settle(chosen).allPaid()).isTrue();
    assertThat(traffic.paymentCount(chosen.get(0).reference())).isEqualTo(1);
  }

  @Test
  void aDeclinedPaymentIsFailedAndANewAttemptKeyPaysIt() {
    ToDo bill = payable(citizen.overview(), UtilitiesSection.DEPARTMENT);
    utilities.failNextPayment();

    Settlement declined = citizen.settle(List.of(bill)).results().get(0);

    assertThat(declined).isInstanceOfSatisfying(Settlement.Failed.class, f -> assertThat(f.error())
        .isInstanceOfSatisfying(PaymentDeclinedException.class, e -> assertThat(e.code()).isEqualTo("card_declined")));
    assertThat(utilities.paymentCount(bill.reference())).isZero();
    // The platform keeps its answer for that key; the citizen confirms a new attempt.
    assertThat(citizen.settle(List.of(bill)).failed()).hasSize(1);
    Settlements retried = citizen.settle(List.of(bill), RequestOptions.builder().idempotencyKey("attempt-2").build());

    assertThat(retried.allPaid()).isTrue();
    assertThat(retried.results().get(0).idempotencyKey()).isNotEqualTo(declined.idempotencyKey());
    assertThat(utilities.paymentCount(bill.reference())).isEqualTo(1);
  }

  @Test
  void toDosThatCannotBePaidAreRefusedTogetherBeforeAnythingIsSent() {
    CitizenOverview overview = citizen.overview();
    ToDo fine = payable(overview, TrafficSection.DEPARTMENT);
    ToDo notPayable = overview.toDos().stream().filter(t -> !t.payable()).findFirst().orElseThrow();
    int before = sandbox.requests().size();

    assertThatThrownBy(() -> citizen.settle(List.of(fine, notPayable, fine)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("toDos[1]", "toDos[2]"));
    assertThat(sandbox.requests()).hasSize(before);
    assertThat(traffic.paymentCount(fine.reference())).isZero();
  }
}

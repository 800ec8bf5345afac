package io.cityservices.utilities;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.cityservices.utilities.UtilitiesWireMockTest.AS_CITIZEN;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.testkit.junit.PlatformStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids bound into paths go through core's one check: a dot segment or separator is never sent. */
class UtilitiesPathIdTest {

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  WireMockServer server;
  CityServices services;
  UtilitiesClient utilities;

  @BeforeEach
  void client() {
    server = platform.server();
    services = platform.client(CityCode.SHANGHAI);
    utilities = UtilitiesClient.create(services);
  }

  @AfterEach
  void nothingWasSent() {
    server.verify(0, anyRequestedFor(anyUrl()));
    services.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "../payments", "a/b", "a?x=1"})
  void topUpBillAndPaymentIdsAreChecked(String id) {
    assertThatThrownBy(() -> utilities.payments().topUp(TopUpRequest.of(id, Money.cny(1000)), AS_CITIZEN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("accountId");
    assertThatThrownBy(() -> utilities.payments().get(id, AS_CITIZEN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("paymentId");
    assertThatThrownBy(() -> utilities.bills().get(id, AS_CITIZEN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("billId");
  }
}

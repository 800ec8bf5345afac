package io.cityservices.socialinsurance.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.socialinsurance.AccountsApi;
import io.cityservices.socialinsurance.PersonalAccount;
import java.util.List;
import java.util.concurrent.CompletableFuture;

final class DefaultAccountsApi implements AccountsApi {
  private static final ResponseType<List<PersonalAccount>> ACCOUNTS = ResponseType.listOf(PersonalAccount.class);
  /** Personal pension accounts began with the 1992 reform pilots (国发〔1991〕33号 took effect). */
  private static final int FIRST_YEAR = 1992;

  private final SocialInsuranceCalls calls;

  DefaultAccountsApi(SocialInsuranceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<PersonalAccount>> listAsync(Integer year, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(year), options, ACCOUNTS);
  }

  private ApiRequest listRequest(Integer year) {
    if (year != null && (year < FIRST_YEAR || year > 9999)) {
      throw ValidationException.of("year", "must be between " + FIRST_YEAR + " and 9999");
    }
    return calls.request(SocialInsuranceOperations.LIST_ACCOUNTS).query("year", year).build();
  }
}

package io.cityservices.utilities.internal;

import static io.cityservices.core.http.ServiceCalls.requireId;
import static io.cityservices.utilities.internal.UtilitiesOperations.ACCOUNT;
import static io.cityservices.utilities.internal.UtilitiesOperations.ACCOUNTS;
import static io.cityservices.utilities.internal.UtilitiesOperations.BIND_ACCOUNT;
import static io.cityservices.utilities.internal.UtilitiesOperations.LIST_ACCOUNTS;
import static io.cityservices.utilities.internal.UtilitiesOperations.NONE;
import static io.cityservices.utilities.internal.UtilitiesOperations.UNBIND_ACCOUNT;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.utilities.AccountsApi;
import io.cityservices.utilities.BindAccountRequest;
import io.cityservices.utilities.UtilityAccount;
import io.cityservices.utilities.UtilityCompany;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultAccountsApi implements AccountsApi {

  private final ServiceCalls calls;

  DefaultAccountsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<UtilityAccount> bindAsync(BindAccountRequest request, RequestOptions options) {
    return calls.executeAsync(() -> bindRequest(request), options, ACCOUNT);
  }

  private ApiRequest bindRequest(BindAccountRequest request) {
    Objects.requireNonNull(request, "request");
    UtilityCompany company = request.company();
    String number = request.accountNumber();
    return calls.request(BIND_ACCOUNT)
        .violations(UtilitiesRules.accountNumber(company, number))
        .validate(request)
        .body(new WireBodies.BindAccount(company == null ? null : company.companyCode(), number))
        .build();
  }

  @Override
  public CompletableFuture<List<UtilityAccount>> listAsync(RequestOptions options) {
    return calls.executeAsync(this::listRequest, options, ACCOUNTS).thenApply(Page::data);
  }

  private ApiRequest listRequest() {
    return calls.request(LIST_ACCOUNTS).build();
  }

  @Override
  public CompletableFuture<Void> unbindAsync(String accountId, RequestOptions options) {
    return calls.executeAsync(() -> unbindRequest(accountId), options, NONE);
  }

  private ApiRequest unbindRequest(String accountId) {
    return calls.request(UNBIND_ACCOUNT).path("account_id", requireId(accountId, "accountId")).build();
  }
}

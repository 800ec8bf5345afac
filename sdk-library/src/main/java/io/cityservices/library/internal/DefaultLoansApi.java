package io.cityservices.library.internal;

import static io.cityservices.core.http.ServiceCalls.requireId;
import static io.cityservices.library.internal.LibraryOperations.GET_RENEWABILITY;
import static io.cityservices.library.internal.LibraryOperations.LIST_LOANS;
import static io.cityservices.library.internal.LibraryOperations.LOAN;
import static io.cityservices.library.internal.LibraryOperations.LOANS;
import static io.cityservices.library.internal.LibraryOperations.RENEWABILITY;
import static io.cityservices.library.internal.LibraryOperations.RENEWAL_RESULTS;
import static io.cityservices.library.internal.LibraryOperations.RENEW_ALL;
import static io.cityservices.library.internal.LibraryOperations.RENEW_LOAN;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.library.Loan;
import io.cityservices.library.LoanQuery;
import io.cityservices.library.LoansApi;
import io.cityservices.library.Renewability;
import io.cityservices.library.RenewalResult;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultLoansApi implements LoansApi {

  private final ServiceCalls calls;

  DefaultLoansApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Loan>> listAsync(LoanQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, LOANS);
  }

  private ApiRequest listRequest(LoanQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(LIST_LOANS)
        .validate(query)
        .query("overdue", query.overdueOnly() ? Boolean.TRUE : null)
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .build();
  }

  @Override
  public CompletableFuture<Renewability> renewabilityAsync(String loanId, RequestOptions options) {
    return calls.executeAsync(() -> loanRequest(GET_RENEWABILITY, loanId), options, RENEWABILITY);
  }

  @Override
  public CompletableFuture<Loan> renewAsync(String loanId, RequestOptions options) {
    return calls.executeAsync(() -> loanRequest(RENEW_LOAN, loanId), options, LOAN);
  }

  private ApiRequest loanRequest(Operation operation, String loanId) {
    return calls.request(operation).path("loan_id", requireId(loanId, "loanId")).build();
  }

  @Override
  public CompletableFuture<List<RenewalResult>> renewAllAsync(RequestOptions options) {
    return calls.executeAsync(() -> calls.request(RENEW_ALL).build(), options, RENEWAL_RESULTS)
        .thenApply(Page::data);
  }
}

package io.cityservices.utilities;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The citizen's bound utility accounts (户号). Every call acts for a citizen: pass
 * {@link RequestOptions#forCitizen}; without one a
 * {@link io.cityservices.core.error.ValidationException} is thrown and nothing is sent. See
 * {@link UtilitiesClient} for the errors common to all operations.
 */
public interface AccountsApi {

  /**
   * Binds an account number at a company to the citizen, giving consent for the platform to read the
   * account (so it carries the app's non-repudiation signature). The account number is checked
   * against the company's format first. Idempotent through its {@code Idempotency-Key} (generated, or
   * the caller's from {@code options}); binding an already bound number returns the existing binding.
   * {@code POST /v1/cities/{city}/utilities/accounts}
   *
   * @param request the company and the account number
   * @param options must name the citizen; an idempotency key given here is used instead of a
   *     generated one
   * @return the binding, new or existing
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException if the company is missing or the number
   *     does not match its format (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException ({@code account_not_found}) if the company
   *     has no such account
   */
  default UtilityAccount bind(BindAccountRequest request, RequestOptions options) {
    return Blocking.await(bindAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #bind}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #bind} would throw.
   *
   * @param request the company and the account number
   * @param options must name the citizen; an idempotency key given here is used instead of a
   *     generated one
   * @return a future completing with the binding
   */
  CompletableFuture<UtilityAccount> bindAsync(BindAccountRequest request, RequestOptions options);

  /**
   * The citizen's bound accounts in this city. Idempotent: a read, safe to retry.
   * {@code GET /v1/cities/{city}/utilities/accounts}
   *
   * @param options must name the citizen
   * @return the accounts, empty when none is bound
   * @throws io.cityservices.core.error.ValidationException without a citizen token (nothing sent)
   */
  default List<UtilityAccount> list(RequestOptions options) {
    return Blocking.await(listAsync(options));
  }

  /**
   * The asynchronous form of {@link #list}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #list} would throw.
   *
   * @param options must name the citizen
   * @return a future completing with the accounts
   */
  CompletableFuture<List<UtilityAccount>> listAsync(RequestOptions options);

  /**
   * Unbinds an account. Idempotent: unbinding an unbound account succeeds.
   * {@code DELETE /v1/cities/{city}/utilities/accounts/{account_id}}
   *
   * @param accountId the bound account's id, from {@link UtilityAccount#id()}
   * @param options must name the citizen
   * @throws io.cityservices.core.error.ValidationException if {@code accountId} is blank (nothing sent)
   * @throws io.cityservices.core.error.ConflictException ({@code payment_in_progress}) while one of its
   *     bills is being paid
   */
  default void unbind(String accountId, RequestOptions options) {
    Blocking.await(unbindAsync(accountId, options));
  }

  /**
   * The asynchronous form of {@link #unbind}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #unbind} would throw.
   *
   * @param accountId the bound account's id, from {@link UtilityAccount#id()}
   * @param options must name the citizen
   * @return a future completing with null once the account is unbound
   */
  CompletableFuture<Void> unbindAsync(String accountId, RequestOptions options);
}

package io.cityservices.health;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The patients (就诊人) a citizen books for: themself and the family members they add. Every call
 * acts for a citizen: pass {@link RequestOptions#forCitizen}; without one a {@link
 * io.cityservices.core.error.ValidationException} is thrown and nothing is sent.
 */
public interface PatientsApi {

  /**
   * {@code GET /patients}: the citizen's patients, the citizen themself first. A read: safe to
   * retry, and the SDK retries it on transient failures.
   *
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the citizen first, then their family members
   * @throws io.cityservices.core.error.ValidationException when {@code options} carry no citizen;
   *     nothing is sent
   * @throws io.cityservices.core.error.AuthenticationException when the citizen's token is expired
   *     or revoked
   * @throws io.cityservices.core.error.DepartmentUnavailableException while the city's health
   *     department is down
   */
  default List<Patient> list(RequestOptions options) {
    return Blocking.await(listAsync(options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<List<Patient>> listAsync(RequestOptions options);

  /**
   * {@code POST /patients}: adds a family member. Idempotent through its {@code Idempotency-Key}
   * (generated unless given in {@code options}), so retries never add the same person twice.
   *
   * @param patient the family member to add, built with {@link NewPatient#builder()}
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the new patient with its platform id
   * @throws io.cityservices.core.error.ValidationException for missing or invalid fields (nothing sent)
   * @throws io.cityservices.core.error.ConflictException {@code patient_exists} when the identity
   *     number is already one of the citizen's patients
   */
  default Patient add(NewPatient patient, RequestOptions options) {
    return Blocking.await(addAsync(patient, options));
  }

  /**
   * The asynchronous form of {@link #add}; its future fails with the same exceptions.
   *
   * @param patient the family member to add, built with {@link NewPatient#builder()}
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #add} returns
   */
  CompletableFuture<Patient> addAsync(NewPatient patient, RequestOptions options);

  /**
   * {@code DELETE /patients/{patient_id}}: removes a family member. Idempotent by nature: removing one
   * already removed answers {@link io.cityservices.core.error.NotFoundException}.
   *
   * @param patientId the platform's id of the patient: the citizen or one of their family members
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @throws io.cityservices.core.error.ValidationException naming {@code patient_id} when it is null
   *     or blank; nothing is sent
   * @throws io.cityservices.core.error.ConflictException {@code cannot_remove_self} for the citizen
   *     themself, or {@code patient_has_appointments} while they hold booked appointments
   */
  default void remove(String patientId, RequestOptions options) {
    Blocking.await(removeAsync(patientId, options));
  }

  /**
   * The asynchronous form of {@link #remove}; its future fails with the same exceptions.
   *
   * @param patientId the platform's id of the patient: the citizen or one of their family members
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future completed with null once done, as {@link #remove} returns
   */
  CompletableFuture<Void> removeAsync(String patientId, RequestOptions options);
}

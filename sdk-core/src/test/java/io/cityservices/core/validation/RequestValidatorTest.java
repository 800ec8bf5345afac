package io.cityservices.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

  private static final RequestValidator VALIDATOR = new RequestValidator();

  record Vehicle(@NotNull @ValidPlate String plate) {}

  record BindAccountRequest(
      @NotNull @ValidCityCode String city,
      @NotNull @ValidResidentId String idNumber,
      @ValidPhone String phone,
      @ValidCreditCode String employer,
      @NotNull @Valid Vehicle vehicle) {}

  @Test
  void acceptsAValidRequest() {
    BindAccountRequest request =
        new BindAccountRequest(
            "310000", "11010519491231002X", "+86 138 1234 5678", "91350100M000100Y43", new Vehicle("粤B·D12345"));
    assertThatCode(() -> VALIDATOR.validate(request)).doesNotThrowAnyException();
  }

  @Test
  void treatsNullAsValidForTheModelConstraints() {
    BindAccountRequest request =
        new BindAccountRequest("310000", "11010519491231002X", null, null, new Vehicle("沪A12345"));
    assertThatCode(() -> VALIDATOR.validate(request)).doesNotThrowAnyException();
  }

  @Test
  void listsEveryViolationSortedByPathWithoutTheValues() {
    BindAccountRequest request =
        new BindAccountRequest(
            "990000", "110105194912310021", "12812345678", "91350203M0001QAY9B", new Vehicle("沪I12345"));

    ValidationException e = catchThrowableOfType(ValidationException.class, () -> VALIDATOR.validate(request));

    assertThat(e.status()).isZero();
    assertThat(e.code()).isEqualTo("validation_failed");
    assertThat(e.violations())
        .extracting(FieldViolation::field)
        .containsExactly("city", "employer", "idNumber", "phone", "vehicle.plate");
    assertThat(e.violations())
        .extracting(FieldViolation::message)
        .containsExactly(
            "Invalid city code: first two digits must be a province code (GB/T 2260)",
            "Invalid unified social credit code: check character does not match (GB 32100)",
            "Invalid resident identity number: check character does not match (ISO 7064 MOD 11-2)",
            "Invalid phone number: must be a mainland mobile number: 11 digits starting with 13-19, optionally after +86, 0086 or 86",
            "Invalid plate number: issuing-authority letter must be A-Z other than I and O");
    assertThat(e.getMessage()).doesNotContain("990000", "110105194912310021", "12812345678", "91350203M0001QAY9B", "沪I12345");
  }

  @Test
  void reportsMissingRequiredFieldsInEnglish() {
    BindAccountRequest request = new BindAccountRequest(null, null, null, null, null);
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> VALIDATOR.validate(request));
    assertThat(e.violations())
        .containsExactly(
            new FieldViolation("city", "must not be null"),
            new FieldViolation("idNumber", "must not be null"),
            new FieldViolation("vehicle", "must not be null"));
  }

  @Test
  void rejectsANullRequest() {
    assertThatThrownBy(() -> VALIDATOR.validate(null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).containsExactly(new FieldViolation("request", "must not be null")));
  }

  @Test
  void worksWithoutAnExpressionLanguageImplementation() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatCode(RequestValidator::new).doesNotThrowAnyException();
  }

  @Test
  void isSafeToShareBetweenThreads() {
    CompletableFuture<?>[] runs =
        IntStream.range(0, 4)
            .mapToObj(
                i ->
                    CompletableFuture.runAsync(
                        () -> {
                          for (int n = 0; n < 200; n++) {
                            assertThatThrownBy(() -> VALIDATOR.validate(new Vehicle("沪I12345")))
                                .isInstanceOf(ValidationException.class);
                          }
                        }))
            .toArray(CompletableFuture[]::new);
    assertThatCode(() -> CompletableFuture.allOf(runs).join()).doesNotThrowAnyException();
  }
}

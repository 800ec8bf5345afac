package io.cityservices.core.model;

import static io.cityservices.core.fuzz.Outcomes.onlyThrows;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.internal.json.JsonMapperFactory;
import java.nio.charset.StandardCharsets;

/**
 * Money as JSON from the network, and the identifier types from users and the network: a factory
 * refuses only with the {@link IllegalArgumentException} it documents, JSON reading only with a
 * Jackson exception (which the transport turns into its typed error), and what is accepted holds
 * its own rules (a valid identifier parses again; a personal one's toString masks it).
 */
class ModelParsingFuzzTest {

  static final ObjectMapper MAPPER = JsonMapperFactory.create();

  /**
   * Reading bytes may also fail with the plain {@link java.io.IOException} that {@code readValue}
   * declares (Jackson's UTF-32 detection reports bad code units with {@code CharConversionException}, a
   * finding of this test); the transport maps every {@code IOException} to its typed error.
   */
  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "money.dict")
  void moneyJsonIsAValueOrAJacksonError(byte[] json) {
    onlyThrows(() -> {
      Money m = MAPPER.readValue(json, Money.class);
      if (m != null && !m.equals(MAPPER.readValue(MAPPER.writeValueAsBytes(m), Money.class))) {
        throw new AssertionError("money does not round-trip: " + new String(json, StandardCharsets.UTF_8));
      }
    }, java.io.IOException.class);
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "identifiers.dict")
  void identifiersRefuseOnlyWithIllegalArgument(FuzzedDataProvider data) {
    String value = data.consumeRemainingAsString();
    onlyThrows(() -> roundTrip(ResidentIdNumber.of(value).value(), ResidentIdNumber::of, true), IllegalArgumentException.class);
    onlyThrows(() -> roundTrip(UnifiedSocialCreditCode.of(value).value(), UnifiedSocialCreditCode::of, false),
        IllegalArgumentException.class);
    onlyThrows(() -> roundTrip(PlateNumber.of(value).value(), PlateNumber::of, true), IllegalArgumentException.class);
    onlyThrows(() -> roundTrip(PhoneNumber.of(value).value(), PhoneNumber::of, true), IllegalArgumentException.class);
    onlyThrows(() -> roundTrip(CityCode.of(value).value(), CityCode::of, false), IllegalArgumentException.class);
    onlyThrows(() -> PersonName.of(value).toString(), IllegalArgumentException.class);
    for (Class<?> type : new Class<?>[] {ResidentIdNumber.class, UnifiedSocialCreditCode.class, PlateNumber.class,
        PhoneNumber.class, CityCode.class}) {
      onlyThrows(() -> MAPPER.readValue(MAPPER.writeValueAsString(value), type), JacksonException.class);
    }
  }

  /** A canonical value parses again; a personal identifier's toString never shows it in clear. */
  private static <T> void roundTrip(String canonical, java.util.function.Function<String, T> parse, boolean personal) {
    T again = parse.apply(canonical);
    if (personal && again.toString().contains(canonical)) {
      throw new AssertionError("toString shows the identifier in clear");
    }
  }
}

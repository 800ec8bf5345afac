package io.cityservices.benchmarks.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cityservices.core.json.JsonMapperFactory;
import io.cityservices.core.model.Address;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import io.cityservices.core.pagination.Page;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The fixed bodies the loopback server answers with, and the mappers both sides use. */
public final class Fixtures {

  /** Violations per page: the platform's largest page of the largest model. */
  public static final int PAGE_SIZE = 50;

  private Fixtures() {}

  /** The plain mapper a hand-written client would configure for this wire format. */
  public static ObjectMapper plainMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** A page of {@link #PAGE_SIZE} varied, valid violations. */
  public static Page<Violation> violationPage() {
    List<Violation> list = new ArrayList<>(PAGE_SIZE);
    OffsetDateTime base = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    for (int i = 0; i < PAGE_SIZE; i++) {
      boolean newEnergy = i % 3 == 0;
      String plate = newEnergy ? String.format("沪AD%05d", 10000 + i) : String.format("沪A%05d", 20000 + i);
      list.add(
          new Violation(
              String.format("V310000%010d", 1_000_000L + i),
              PlateNumber.of(plate),
              newEnergy ? PlateType.NEW_ENERGY_SMALL : PlateType.SMALL,
              base.plusMinutes(37L * i),
              CityCode.of("310000"),
              Address.of("上海市", "上海市", "徐汇区", "漕溪北路" + (100 + i) + "号路口", "200030"),
              i % 2 == 0 ? "1039" : "1625",
              i % 2 == 0
                  ? "机动车违反规定停放、临时停车，驾驶人不在现场，妨碍其他车辆、行人通行的"
                  : "驾驶机动车违反道路交通信号灯通行的",
              Money.cny(i % 2 == 0 ? 20_000 : 20_000 + 100L * i),
              Money.cny(i % 5 == 0 ? 2_000 : 0),
              i % 2 == 0 ? 0 : 6,
              i % 4 == 0 ? Violation.State.PAID : Violation.State.UNPROCESSED,
              "上海市公安局交通警察总队",
              List.of(
                  "https://evidence.cityservices.example/310000/v/" + i + "/1.jpg",
                  "https://evidence.cityservices.example/310000/v/" + i + "/2.jpg")));
    }
    return new Page<>(list, "eyJvZmZzZXQiOjUwfQ");
  }

  /** The page as the platform sends it. */
  public static byte[] violationPageJson() {
    try {
      return JsonMapperFactory.create().writeValueAsBytes(violationPage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.cityservices.benchmarks.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import io.cityservices.core.pagination.Page;
import io.cityservices.traffic.Violation;
import io.cityservices.traffic.ViolationSource;
import io.cityservices.traffic.ViolationStatus;
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

  /**
   * A page of {@link #PAGE_SIZE} varied, valid violations of sdk-traffic's model: camera and
   * on-site, speeding (measured and limit values) and parking, unprocessed, payable, overdue (with
   * a late fee) and paid.
   */
  public static Page<Violation> violationPage() {
    return violationPage(PAGE_SIZE);
  }

  /** A page of {@code items} violations, varied as {@link #violationPage()}'s. */
  public static Page<Violation> violationPage(int items) {
    List<Violation> list = new ArrayList<>(items);
    OffsetDateTime base = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    for (int i = 0; i < items; i++) {
      boolean newEnergy = i % 3 == 0;
      boolean speeding = i % 2 == 1;
      String plate = newEnergy ? String.format("沪AD%05d", 10000 + i) : String.format("沪A%05d", 20000 + i);
      ViolationStatus state =
          switch (i % 4) {
            case 0 -> ViolationStatus.PAID;
            case 1 -> ViolationStatus.PAYABLE;
            case 2 -> ViolationStatus.OVERDUE;
            default -> ViolationStatus.UNPROCESSED;
          };
      OffsetDateTime occurredAt = base.plusMinutes(37L * i);
      boolean decided = state != ViolationStatus.UNPROCESSED;
      list.add(
          new Violation(
              String.format("V310000%010d", 1_000_000L + i),
              PlateNumber.of(plate),
              newEnergy ? PlateType.NEW_ENERGY_SMALL : PlateType.SMALL,
              occurredAt,
              String.format("31010400%04d", i),
              "上海市徐汇区漕溪北路" + (100 + i) + "号路口",
              speeding ? "1352" : "1039",
              speeding
                  ? "驾驶中型以上载客载货汽车、危险物品运输车辆以外的其他机动车行驶超过规定时速10%未达20%的"
                  : "机动车违反规定停放、临时停车，驾驶人不在现场，妨碍其他车辆、行人通行的",
              speeding ? 68 + i % 5 : null,
              speeding ? 60 : null,
              Money.cny(speeding ? 20_000 + 100L * i : 20_000),
              Money.cny(state == ViolationStatus.OVERDUE ? 600L * (1 + i % 7) : 0),
              speeding ? 3 : 0,
              "上海市公安局交通警察总队徐汇支队",
              decided ? "上海市公安局交通警察总队" : null,
              speeding ? ViolationSource.CAMERA : ViolationSource.ON_SITE,
              decided ? String.format("3101041%011d", 2_000_000L + i) : null,
              state,
              decided ? "1" : "0",
              state == ViolationStatus.PAID ? "1" : "0",
              decided ? occurredAt.toLocalDate().plusDays(15) : null,
              state == ViolationStatus.PAID ? occurredAt.plusDays(3) : null,
              List.of(
                  "https://evidence.cityservices.example/310000/v/" + i + "/1.jpg",
                  "https://evidence.cityservices.example/310000/v/" + i + "/2.jpg")));
    }
    return new Page<>(list, "eyJvZmZzZXQiOjUwfQ");
  }

  /**
   * The page as the platform sends it ({@code GET /v1/cities/310000/traffic/violations}, the
   * {@code ViolationPage} of traffic.yaml), written by the SDK's own mapper.
   */
  public static byte[] violationPageJson() {
    return violationPageJson(PAGE_SIZE);
  }

  /** {@link #violationPageJson()} with {@code items} violations. */
  public static byte[] violationPageJson(int items) {
    try {
      ObjectMapper mapper = JsonMapperFactory.create();
      JsonNode page = mapper.valueToTree(violationPage(items));
      // Violation.isPayable() is serialised as "payable", which traffic.yaml does not have: the
      // platform never sends it, so neither does this page.
      for (JsonNode violation : page.get("data")) {
        ((ObjectNode) violation).remove("payable");
      }
      return mapper.writeValueAsBytes(page);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

}

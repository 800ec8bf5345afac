package io.cityservices.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Optional;

/**
 * A city, by its six-digit GB/T 2260 administrative division code (e.g. {@code 310000} Shanghai,
 * {@code 440100} Guangzhou). Any six digits starting with a valid province code are accepted, so
 * municipality codes such as {@code 310000} and district codes are valid too. Serialised as a JSON
 * string. Not personal data.
 *
 * @param value the six digits
 */
public record CityCode(String value) {

  private static final String TYPE = "city code";

  /** 上海 Shanghai. */
  public static final CityCode SHANGHAI = new CityCode("310000");
  /** 广州 Guangzhou. */
  public static final CityCode GUANGZHOU = new CityCode("440100");
  /** 深圳 Shenzhen. */
  public static final CityCode SHENZHEN = new CityCode("440300");
  /** 杭州 Hangzhou. */
  public static final CityCode HANGZHOU = new CityCode("330100");
  /** 宁波 Ningbo. */
  public static final CityCode NINGBO = new CityCode("330200");
  /** 南昌 Nanchang. */
  public static final CityCode NANCHANG = new CityCode("360100");
  /** 青岛 Qingdao. */
  public static final CityCode QINGDAO = new CityCode("370200");
  /** 太原 Taiyuan. */
  public static final CityCode TAIYUAN = new CityCode("140100");
  /** 佛山 Foshan. */
  public static final CityCode FOSHAN = new CityCode("440600");
  /** 武汉 Wuhan. */
  public static final CityCode WUHAN = new CityCode("420100");

  private static final Map<String, String> DISPLAY_NAMES =
      Map.of(
          "310000", "上海 Shanghai",
          "440100", "广州 Guangzhou",
          "440300", "深圳 Shenzhen",
          "330100", "杭州 Hangzhou",
          "330200", "宁波 Ningbo",
          "360100", "南昌 Nanchang",
          "370200", "青岛 Qingdao",
          "140100", "太原 Taiyuan",
          "440600", "佛山 Foshan",
          "420100", "武汉 Wuhan");

  /**
   * Checks the code.
   *
   * @param value the six digits
   * @throws IllegalArgumentException if it is null, not six digits, or its first two digits are not a
   *     province code (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82)
   */
  public CityCode {
    Rules.requirePresent(value, TYPE);
    Rules.require(value.length() == 6 && Rules.isAsciiDigits(value, 0, 6), TYPE, "must be six digits (GB/T 2260)");
    Rules.require(Rules.isAreaCode(value, 0), TYPE, "first two digits must be a province code (GB/T 2260)");
  }

  /**
   * Parses a city code.
   *
   * @param value the six digits, e.g. {@code 310000}
   * @return the checked code
   * @throws IllegalArgumentException if it breaks a rule of {@link #CityCode(String)}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CityCode of(String value) {
    return new CityCode(value);
  }

  /**
   * The six digits, as sent on the wire.
   *
   * @return the six digits
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * The city's name in Chinese and pinyin (e.g. {@code 上海 Shanghai}) for the cities the SDK knows,
   * else empty.
   *
   * @return the display name, or empty for a city the SDK has no name for
   */
  public Optional<String> displayName() {
    return Optional.ofNullable(DISPLAY_NAMES.get(value));
  }

  /** The six digits. */
  @Override
  public String toString() {
    return value;
  }
}

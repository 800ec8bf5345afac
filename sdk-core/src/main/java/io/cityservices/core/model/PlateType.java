package io.cityservices.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The kind of a licence plate, by its two-digit GA 24.7 code. Serialised as the code; a code this
 * version of the SDK does not know reads as {@link #UNKNOWN} rather than failing, because the platform
 * adds codes over time.
 */
public enum PlateType {
  /** 01 大型汽车: large vehicle (yellow plate). */
  LARGE("01"),
  /** 02 小型汽车: small vehicle (blue plate). */
  SMALL("02"),
  /** 03 使馆汽车: embassy vehicle. */
  EMBASSY("03"),
  /** 04 领馆汽车: consulate vehicle. */
  CONSULATE("04"),
  /** 05 境外汽车: vehicle registered outside the mainland. */
  OVERSEAS("05"),
  /** 06 外籍汽车: foreign-owned vehicle. */
  FOREIGN("06"),
  /** 07 普通摩托车: motorcycle. */
  MOTORCYCLE("07"),
  /** 08 轻便摩托车: light motorcycle. */
  LIGHT_MOTORCYCLE("08"),
  /** 13 低速车: low-speed vehicle. */
  LOW_SPEED("13"),
  /** 14 拖拉机: tractor. */
  TRACTOR("14"),
  /** 15 挂车: trailer. */
  TRAILER("15"),
  /** 16 教练汽车: driving-school vehicle. */
  COACH("16"),
  /** 22 临时行驶车: temporary plate. */
  TEMPORARY("22"),
  /** 23 警用汽车: police vehicle. */
  POLICE("23"),
  /** 51 大型新能源汽车: large new-energy vehicle. */
  NEW_ENERGY_LARGE("51"),
  /** 52 小型新能源汽车: small new-energy vehicle. */
  NEW_ENERGY_SMALL("52"),
  /** A code this SDK version does not know; serialised as an empty string. */
  UNKNOWN("");

  /** Every type but {@link #UNKNOWN}, cached: {@code values()} clones its array on each call. */
  private static final PlateType[] KNOWN =
      Arrays.stream(values()).filter(type -> type != UNKNOWN).toArray(PlateType[]::new);

  private final String code;

  PlateType(String code) {
    this.code = code;
  }

  /**
   * The GA 24.7 code, e.g. {@code 02}; empty for {@link #UNKNOWN}.
   *
   * @return the two-digit code, or the empty string
   */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The type with this code, or {@link #UNKNOWN} for null or an unknown code. Never throws.
   *
   * @param code the two-digit code from the wire, or null
   * @return the matching type, or {@link #UNKNOWN}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PlateType fromCode(String code) {
    if (code == null) {
      return UNKNOWN;
    }
    for (PlateType type : KNOWN) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    return UNKNOWN;
  }
}

package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * A hospital's grade under the national hospital accreditation scheme (医院等级), e.g. {@link
 * #GRADE_3A} for 三级甲等. Sent on the wire as the constant's name.
 */
public enum HospitalLevel {
  /** 三级甲等. */
  GRADE_3A("三级甲等"),
  /** 三级乙等. */
  GRADE_3B("三级乙等"),
  /** 三级丙等. */
  GRADE_3C("三级丙等"),
  /** 二级甲等. */
  GRADE_2A("二级甲等"),
  /** 二级乙等. */
  GRADE_2B("二级乙等"),
  /** 二级丙等. */
  GRADE_2C("二级丙等"),
  /** 一级 (community hospitals and health centres). */
  GRADE_1("一级"),
  /** A grade this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN("未知");

  private final String label;

  HospitalLevel(String label) {
    this.label = label;
  }

  /**
   * The Chinese label, e.g. {@code 三级甲等}.
   *
   * @return the Chinese name, as hospitals display it
   */
  public String label() {
    return label;
  }
}

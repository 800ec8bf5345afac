package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A doctor's professional title (职称). */
public enum DoctorTitle {
  /** 主任医师. */
  CHIEF("主任医师"),
  /** 副主任医师. */
  ASSOCIATE_CHIEF("副主任医师"),
  /** 主治医师. */
  ATTENDING("主治医师"),
  /** 住院医师. */
  RESIDENT("住院医师"),
  /** A title this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN("未知");

  private final String label;

  DoctorTitle(String label) {
    this.label = label;
  }

  /**
   * The Chinese label, e.g. {@code 主任医师}.
   *
   * @return the Chinese name, as hospitals display it
   */
  public String label() {
    return label;
  }
}

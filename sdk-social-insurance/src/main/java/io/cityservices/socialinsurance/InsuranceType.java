package io.cityservices.socialinsurance;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The social insurance types (险种), by their code in the code set of the Ministry of Human Resources
 * and Social Security (MOHRSS), data element {@code AAE140} (险种类型), which the platform sends as the
 * {@code insurance_type} of every record.
 *
 * <p>Checked against public sources: the {@code AAE140} constants of Yinhai's social security
 * front-end ({@code com.yinhai.base.util.Constant} in the public repository {@code qiuqiuxing/jkTest}:
 * 110, 170, 210, 310, 410, 510), and the insurance-type code list ({@code insutype}) of the National
 * Healthcare Security Administration's medical insurance information platform (310 职工基本医疗保险,
 * 390 城乡居民基本医疗保险), which keeps the {@code AAE140} values. 120 (机关事业单位基本养老保险, the
 * scheme of the 2015 public-institution pension reform) was not found in those sources and is taken
 * from the platform's code list. A code this SDK does not know reads as {@link #UNKNOWN}; the records
 * keep the raw code ({@code insuranceTypeCode()}).
 */
public enum InsuranceType {
  /** 110 企业职工基本养老保险: enterprise employees' basic pension. */
  ENTERPRISE_EMPLOYEE_PENSION("110", true),
  /** 120 机关事业单位基本养老保险: public institutions' basic pension. */
  PUBLIC_INSTITUTION_PENSION("120", true),
  /** 170 城乡居民基本养老保险: urban and rural residents' basic pension, paid yearly by the resident. */
  RESIDENT_PENSION("170", true),
  /** 210 失业保险: unemployment insurance. */
  UNEMPLOYMENT("210", false),
  /** 310 职工基本医疗保险: employees' basic medical insurance. */
  EMPLOYEE_MEDICAL("310", false),
  /** 390 城乡居民基本医疗保险: urban and rural residents' basic medical insurance, paid yearly. */
  RESIDENT_MEDICAL("390", false),
  /** 410 工伤保险: work injury insurance (employer only). */
  WORK_INJURY("410", false),
  /** 510 生育保险: maternity insurance (employer only). */
  MATERNITY("510", false),
  /** A code this SDK version does not know; the record keeps the raw code. */
  UNKNOWN(null, false);

  private final @Nullable String code;
  private final boolean pension;

  InsuranceType(@Nullable String code, boolean pension) {
    this.code = code;
    this.pension = pension;
  }

  /**
   * The {@code AAE140} code, e.g. {@code "110"}; null for {@link #UNKNOWN}.
   *
   * @return the three-digit code, or null for {@link #UNKNOWN}
   */
  public @Nullable String code() {
    return code;
  }

  /**
   * Whether this is one of the pension schemes (110, 120, 170).
   *
   * @return true for 110, 120 and 170
   */
  public boolean isPension() {
    return pension;
  }

  /**
   * Whether this is one of the basic medical schemes (310, 390).
   *
   * @return true for 310 and 390
   */
  public boolean isMedical() {
    return this == EMPLOYEE_MEDICAL || this == RESIDENT_MEDICAL;
  }

  /**
   * Whether residents pay it themselves once a year (170, 390) rather than monthly through an employer.
   *
   * @return true for 170 and 390
   */
  public boolean isPaidYearlyByResident() {
    return this == RESIDENT_PENSION || this == RESIDENT_MEDICAL;
  }

  /**
   * The type of {@code code}; {@link #UNKNOWN} for null or a code this SDK does not know.
   *
   * @param code an {@code AAE140} code such as {@code "310"}, or null
   * @return the matching type, or {@link #UNKNOWN}
   */
  public static InsuranceType fromCode(String code) {
    for (InsuranceType t : values()) {
      if (t.code != null && Objects.equals(t.code, code)) {
        return t;
      }
    }
    return UNKNOWN;
  }
}

package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a person is insured for medical care (人员类别), which sets what the insurance pays. */
public enum MedicalPersonType {
  /** 在职职工: an employee, or a flexibly employed person, in the employees' scheme (310). */
  EMPLOYEE,
  /** 退休人员: a retiree in the employees' scheme, who no longer contributes. */
  RETIREE,
  /** 城乡居民: an adult in the residents' scheme (390). */
  RESIDENT,
  /** 中小学生和婴幼儿: a minor or student in the residents' scheme. */
  MINOR,
  /** A type this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}

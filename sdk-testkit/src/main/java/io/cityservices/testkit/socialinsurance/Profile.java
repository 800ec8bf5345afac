package io.cityservices.testkit.socialinsurance;

/** What kind of insurance record a seeded citizen has. */
public enum Profile {
  /** Employed in the city: 110, 210, 310, 410 and 510 through an employer, one month's gap after a job change. */
  EMPLOYEE,
  /** Flexibly employed (灵活就业): 110 and 310 paid in full by the person, two gap months in the last year. */
  FLEXIBLE,
  /** Retired: draws a monthly pension (110) and is insured for medical care as a retiree (310). */
  RETIREE,
  /** In the residents' schemes (170 and 390; 390 only for a minor), paid yearly by the person. */
  RESIDENT,
  /** An employee insured in another seeded city (the pooling area differs from the city of residence). */
  ELSEWHERE,
  /** Never insured. */
  NOT_INSURED
}

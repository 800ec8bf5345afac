package io.cityservices.testkit.socialinsurance;

import java.util.Map;

/**
 * A city's contribution bases and benefit levels, in yuan, near the 2024-2025 published values
 * (approximate: the sandbox needs realistic sizes, not an official table).
 *
 * @param baseMin the lowest monthly contribution base (缴费基数下限)
 * @param baseMax the highest monthly contribution base (缴费基数上限)
 * @param pensionLow the lower end of seeded monthly pensions
 * @param pensionHigh the upper end of seeded monthly pensions
 * @param residentMedicalPremium the adult residents' yearly medical premium (城乡居民医保个人缴费)
 * @param residentPensionTier the resident pension tier the seeded residents chose (缴费档次)
 */
record CityRates(long baseMin, long baseMax, long pensionLow, long pensionHigh, long residentMedicalPremium,
    long residentPensionTier) {

  private static final Map<String, CityRates> RATES = Map.of(
      "310000", new CityRates(7_460, 37_302, 3_800, 7_600, 685, 1_700),
      "330100", new CityRates(4_462, 24_930, 3_200, 6_400, 565, 1_000),
      "440300", new CityRates(2_360, 27_501, 3_500, 7_000, 420, 1_200));
  private static final CityRates DEFAULT = new CityRates(4_000, 22_000, 3_000, 6_000, 400, 1_000);

  static CityRates of(String city) {
    return RATES.getOrDefault(city, DEFAULT);
  }
}

package io.cityservices.traffic.internal;

import io.cityservices.core.model.GeoPoint;
import java.math.BigDecimal;

/** Writes coordinates into query parameters: plain decimals, never exponent notation. */
final class GeoFormat {

  private GeoFormat() {}

  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** {@code lat,lon}. */
  static String latLon(GeoPoint point) {
    return number(point.latitude()) + "," + number(point.longitude());
  }
}

package io.cityservices.core.model;

/**
 * A WGS-84 position, serialised as {@code {"latitude": 31.2304, "longitude": 121.4737}}. A citizen's
 * location is personal data: it is not masked here (callers need it in full), but the SDK never logs
 * one.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

  private static final String TYPE = "geo point";

  /**
   * Checks the coordinates.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @throws IllegalArgumentException if either is not finite or out of range
   */
  public GeoPoint {
    Rules.require(Double.isFinite(latitude) && Double.isFinite(longitude), TYPE, "coordinates must be finite numbers");
    Rules.require(latitude >= -90 && latitude <= 90, TYPE, "latitude must be between -90 and 90");
    Rules.require(longitude >= -180 && longitude <= 180, TYPE, "longitude must be between -180 and 180");
  }

  /**
   * Makes a point.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the point
   * @throws IllegalArgumentException if a coordinate is not finite or out of range
   */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }
}

package io.cityservices.testkit.traffic;

/** Distances on the sphere, good enough for a city. */
final class Geo {
  private static final double EARTH_RADIUS_KM = 6371.0;

  private Geo() {}

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
  }

  /** Distance from a point to a segment, in km, on a local flat projection. */
  static double kmToSegment(double lat, double lon, double lat1, double lon1, double lat2, double lon2) {
    double k = Math.cos(Math.toRadians(lat));
    double px = lon * k;
    double ax = lon1 * k;
    double bx = lon2 * k;
    double dx = bx - ax;
    double dy = lat2 - lat1;
    double len = dx * dx + dy * dy;
    double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (lat - lat1) * dy) / len));
    double cx = ax + t * dx;
    double cy = lat1 + t * dy;
    return km(lat, lon, cy, cx / k);
  }
}

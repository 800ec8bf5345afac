package io.cityservices.traffic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.model.GeoPoint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A road condition event, modelled on WZDx road events and DATEX II situation records. Public data.
 *
 * @param id the event id
 * @param type what kind of event
 * @param roadNames the roads affected, e.g. {@code 延安高架路}
 * @param direction the direction of travel affected
 * @param vehicleImpact how the lanes are affected (WZDx {@code vehicle_impact})
 * @param severity how severe (DATEX II {@code severity})
 * @param description a free-text description
 * @param startsAt when it started or will start
 * @param endsAt when it is expected to end, or null if unknown
 * @param geometry where it is: a GeoJSON Point or LineString
 */
public record RoadEvent(
    String id,
    RoadEventType type,
    List<String> roadNames,
    Direction direction,
    VehicleImpact vehicleImpact,
    Severity severity,
    String description,
    OffsetDateTime startsAt,
    @Nullable OffsetDateTime endsAt,
    Geometry geometry) {

  /**
   * Copies the road names; missing ones read as empty.
   *
   * @param id the event id
   * @param type what kind of event
   * @param roadNames the roads affected, e.g. {@code 延安高架路}
   * @param direction the direction of travel affected
   * @param vehicleImpact how the lanes are affected (WZDx {@code vehicle_impact})
   * @param severity how severe (DATEX II {@code severity})
   * @param description a free-text description
   * @param startsAt when it started or will start
   * @param endsAt when it is expected to end, or null if unknown
   * @param geometry where it is: a GeoJSON Point or LineString
   */
  public RoadEvent {
    roadNames = roadNames == null ? List.of() : List.copyOf(roadNames);
  }

  /** The direction of travel affected. */
  public enum Direction {
    /** Northbound. */
    NORTHBOUND,
    /** Southbound. */
    SOUTHBOUND,
    /** Eastbound. */
    EASTBOUND,
    /** Westbound. */
    WESTBOUND,
    /** The inner (clockwise) carriageway of a ring road. */
    INNER_LOOP,
    /** The outer carriageway of a ring road. */
    OUTER_LOOP,
    /** Both directions. */
    BOTH,
    /** A value this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /** How the lanes are affected. */
  public enum VehicleImpact {
    /** Every lane open (e.g. works on the shoulder). */
    ALL_LANES_OPEN,
    /** Some lanes closed. */
    SOME_LANES_CLOSED,
    /** The road is closed in this direction. */
    ALL_LANES_CLOSED,
    /** One lane shared by both directions in turn. */
    ALTERNATING_ONE_WAY,
    /** A value this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /** How severe the event is. */
  public enum Severity {
    /** Little effect on traffic. */
    LOW,
    /** Noticeable delays. */
    MEDIUM,
    /** Serious delays. */
    HIGH,
    /** The road is impassable or dangerous. */
    HIGHEST,
    /** A value this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /**
   * A GeoJSON (RFC 7946) geometry: {@code Point} with {@code [lon, lat]} or {@code LineString} with
   * {@code [[lon, lat], ...]}, read into points.
   *
   * @param type {@code Point} or {@code LineString}
   * @param points the geometry's points in order (one for a Point); empty for a type this SDK does
   *     not read
   */
  public record Geometry(String type, List<GeoPoint> points) {

    /**
     * Copies the points.
     *
     * @param type {@code Point} or {@code LineString}
     * @param points the geometry's points in order (one for a Point); empty for a type this SDK
     *     does not read
     * @throws NullPointerException if an argument is null
     */
    public Geometry {
      Objects.requireNonNull(type, "type");
      points = List.copyOf(points);
    }

    /** Reads the wire form; GeoJSON puts longitude first. */
    @JsonCreator
    static Geometry fromWire(
        @JsonProperty("type") String type, @JsonProperty("coordinates") JsonNode coordinates) {
      List<GeoPoint> points = new ArrayList<>();
      if (coordinates != null && "Point".equals(type)) {
        points.add(point(coordinates));
      } else if (coordinates != null && "LineString".equals(type)) {
        coordinates.forEach(c -> points.add(point(c)));
      }
      return new Geometry(type == null ? "" : type, points);
    }

    private static GeoPoint point(JsonNode lonLat) {
      return GeoPoint.of(lonLat.path(1).asDouble(), lonLat.path(0).asDouble());
    }
  }

}

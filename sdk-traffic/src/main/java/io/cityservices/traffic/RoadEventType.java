package io.cityservices.traffic;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What kind of road event it is (after WZDx event types and DATEX II situation records). */
public enum RoadEventType {
  ACCIDENT,
  ROADWORK,
  TRAFFIC_CONTROL,
  CONGESTION,
  WEATHER,
  DISASTER,
  BREAKDOWN,
  ROAD_ANOMALY,
  DETOUR,
  /** A type this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}

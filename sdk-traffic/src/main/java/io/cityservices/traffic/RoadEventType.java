package io.cityservices.traffic;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What kind of road event it is (after WZDx event types and DATEX II situation records). */
public enum RoadEventType {
  /** A collision. */
  ACCIDENT,
  /** Works on or beside the road (WZDx work zone). */
  ROADWORK,
  /** Police control: closures, one-way or restricted access. */
  TRAFFIC_CONTROL,
  /** Slow or stopped traffic. */
  CONGESTION,
  /** Rain, fog, snow, ice or wind affecting driving. */
  WEATHER,
  /** Flood, landslide, collapse. */
  DISASTER,
  /** A broken-down vehicle. */
  BREAKDOWN,
  /** Debris, potholes, spills or other hazards on the road. */
  ROAD_ANOMALY,
  /** A diversion to follow. */
  DETOUR,
  /** A type this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}

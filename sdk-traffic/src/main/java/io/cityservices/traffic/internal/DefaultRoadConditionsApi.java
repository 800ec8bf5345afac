package io.cityservices.traffic.internal;

import static io.cityservices.traffic.internal.TrafficOperations.LIST_ROAD_CONDITIONS;
import static io.cityservices.traffic.internal.TrafficOperations.ROAD_EVENT_PAGE;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.pagination.Page;
import io.cityservices.traffic.RoadConditionQuery;
import io.cityservices.traffic.RoadConditionsApi;
import io.cityservices.traffic.RoadEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

final class DefaultRoadConditionsApi implements RoadConditionsApi {

  /** The most route points one request may carry, so the URL stays well under proxies' limits. */
  static final int MAX_ROUTE_POINTS = 50;

  private final ServiceCalls calls;

  DefaultRoadConditionsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<RoadEvent>> listAsync(RoadConditionQuery query, RequestOptions options) {
    return calls.executeAsync(() -> request(query), options, ROAD_EVENT_PAGE);
  }

  private ApiRequest request(RoadConditionQuery query) {
    Objects.requireNonNull(query, "query");
    ApiRequest.Builder request = calls.request(LIST_ROAD_CONDITIONS).validate(query);
    GeoPoint southWest = query.southWest();
    GeoPoint northEast = query.northEast();
    List<GeoPoint> route = query.route();
    boolean box = southWest != null || northEast != null;
    if (box) {
      boolean corners = southWest != null && northEast != null;
      request.require(route == null, "route", "must not be given with bbox")
          .require(corners, "bbox", "needs both corners");
      if (southWest != null && northEast != null) {
        request
            .require(southWest.latitude() < northEast.latitude()
                    && southWest.longitude() < northEast.longitude(),
                "bbox", "south-west corner must be south and west of the north-east corner")
            .query("bbox", String.join(",",
                GeoFormat.number(southWest.longitude()), GeoFormat.number(southWest.latitude()),
                GeoFormat.number(northEast.longitude()), GeoFormat.number(northEast.latitude())));
      }
    } else {
      int points = route == null ? 0 : route.size();
      boolean noNullPoint = route == null || route.stream().allMatch(Objects::nonNull);
      request.require(points >= 2, "route", "must have at least 2 points")
          .require(points <= MAX_ROUTE_POINTS, "route", "must have at most " + MAX_ROUTE_POINTS + " points")
          .require(noNullPoint, "route", "must not contain null points");
      if (route != null && points > 0 && noNullPoint) {
        request.query("route", route.stream().map(GeoFormat::latLon).collect(Collectors.joining(";")));
      }
    }
    return request.query("limit", query.limit()).query("cursor", query.cursor()).build();
  }

}

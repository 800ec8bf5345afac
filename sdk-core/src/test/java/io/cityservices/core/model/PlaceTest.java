package io.cityservices.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTest {

  @Test
  void geoPointRoundTripsAsAnObject() throws Exception {
    ObjectMapper mapper = Json.mapper();
    GeoPoint point = GeoPoint.of(31.2304, 121.4737);
    String json = mapper.writeValueAsString(point);
    assertThat(json).isEqualTo("{\"latitude\":31.2304,\"longitude\":121.4737}");
    assertThat(mapper.readValue(json, GeoPoint.class)).isEqualTo(point);
  }

  @Test
  void geoPointAcceptsTheEdgesOfTheRanges() {
    assertThat(GeoPoint.of(-90, -180)).isEqualTo(new GeoPoint(-90, -180));
    assertThat(GeoPoint.of(90, 180).latitude()).isEqualTo(90);
  }

  @ParameterizedTest
  @CsvSource({
    "90.0001, 0, latitude must be between -90 and 90",
    "-91, 0, latitude must be between -90 and 90",
    "0, 180.5, longitude must be between -180 and 180",
    "0, -181, longitude must be between -180 and 180",
    "NaN, 0, coordinates must be finite numbers",
    "0, Infinity, coordinates must be finite numbers",
  })
  void geoPointRejectsOutOfRange(double latitude, double longitude, String rule) {
    assertThatThrownBy(() -> GeoPoint.of(latitude, longitude))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid geo point: " + rule);
  }

  @Test
  void addressTrimsMasksItsStreetAndRoundTrips() throws Exception {
    Address address = Address.of(" 上海市", "上海市", "徐汇区", " 漕溪北路88号 2201室 ", "200030");
    assertThat(address.street()).isEqualTo("漕溪北路88号 2201室");
    assertThat(address).hasToString("Address[上海市 上海市 徐汇区 ***, 200030]");
    assertThat(address.toString()).doesNotContain("漕溪");

    ObjectMapper mapper = Json.mapper();
    String json = mapper.writeValueAsString(address);
    assertThat(json)
        .isEqualTo(
            "{\"province\":\"上海市\",\"city\":\"上海市\",\"district\":\"徐汇区\",\"street\":\"漕溪北路88号 2201室\",\"postcode\":\"200030\"}");
    assertThat(mapper.readValue(json, Address.class)).isEqualTo(address);
  }

  @Test
  void addressPostcodeIsOptional() {
    Address address = Address.of("广东省", "深圳市", "南山区", "科技园路1号", null);
    assertThat(address.postcode()).isNull();
    assertThat(address).hasToString("Address[广东省 深圳市 南山区 ***]");
  }

  @Test
  void addressRejectsBrokenRules() {
    assertThatThrownBy(() -> Address.of("上海市", "上海市", "徐汇区", "  ", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid address street: must not be blank");
    assertThatThrownBy(() -> Address.of(null, "上海市", "徐汇区", "路", null))
        .hasMessage("Invalid address province: must not be null");
    assertThatThrownBy(() -> Address.of("上海市", "上海市", "徐汇区", "路", "2000"))
        .hasMessage("Invalid address: postcode must be six digits");
  }
}

package io.cityservices.testkit.traffic;

import io.cityservices.core.model.CityCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the traffic seed needs to know of a city: the plate prefix of its vehicles, its centre (stations
 * and road events are placed around it), its telephone area code and real main roads.
 */
record TrafficCity(String platePrefix, double latitude, double longitude, String areaCode, List<String> roads) {

  private static final Map<CityCode, TrafficCity> CITIES = Map.of(
      CityCode.SHANGHAI, new TrafficCity("沪", 31.2304, 121.4737, "021",
          List.of("延安高架路", "中山北路", "南北高架路", "内环高架路", "世纪大道", "淮海中路")),
      CityCode.HANGZHOU, new TrafficCity("浙A", 30.2741, 120.1551, "0571",
          List.of("中河高架路", "上塘高架路", "文一路", "延安路", "解放路", "环城北路")),
      CityCode.SHENZHEN, new TrafficCity("粤B", 22.5431, 114.0579, "0755",
          List.of("深南大道", "滨河大道", "北环大道", "福田路", "红荔路", "皇岗路")),
      CityCode.GUANGZHOU, new TrafficCity("粤A", 23.1291, 113.2644, "020",
          List.of("广州大道", "环市路", "东风路", "中山大道", "黄埔大道", "内环路")),
      CityCode.NINGBO, new TrafficCity("浙B", 29.8683, 121.5440, "0574",
          List.of("中山路", "通途路", "环城西路", "机场路", "世纪大道", "鄞州大道")),
      CityCode.NANCHANG, new TrafficCity("赣A", 28.6820, 115.8579, "0791",
          List.of("八一大道", "阳明路", "北京东路", "洪都中大道", "井冈山大道", "红谷中大道")),
      CityCode.QINGDAO, new TrafficCity("鲁B", 36.0671, 120.3826, "0532",
          List.of("香港中路", "东海西路", "福州路", "重庆路", "环湾路", "山东路")),
      CityCode.TAIYUAN, new TrafficCity("晋A", 37.8706, 112.5489, "0351",
          List.of("迎泽大街", "并州路", "长风街", "滨河东路", "府西街", "南内环街")),
      CityCode.FOSHAN, new TrafficCity("粤E", 23.0215, 113.1214, "0757",
          List.of("佛山大道", "季华路", "汾江路", "岭南大道", "魁奇路", "南海大道")),
      CityCode.WUHAN, new TrafficCity("鄂A", 30.5928, 114.3055, "027",
          List.of("解放大道", "中山大道", "武珞路", "珞喻路", "发展大道", "友谊大道")));

  TrafficCity {
    roads = List.copyOf(roads);
  }

  /** The cities the traffic department serves. */
  static java.util.Set<CityCode> served() {
    return CITIES.keySet();
  }

  /** The data of a served city. */
  static Optional<TrafficCity> of(String cityCode) {
    return Optional.ofNullable(CITIES.get(CityCode.of(cityCode)));
  }

  /** The data of a served city. */
  static TrafficCity require(String cityCode) {
    return of(cityCode).orElseThrow(() -> new IllegalArgumentException("traffic serves no city " + cityCode));
  }
}

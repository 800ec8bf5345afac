package io.cityservices.testkit.marriage;

import io.cityservices.core.model.Address;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The marriage department's reference data: the registration offices of each city that offers the
 * service, each city's release policy, and the booking types with their required documents under the
 * 2025 Marriage Registration Regulations (an identity card and a signed declaration; no household
 * register any more).
 */
final class MarriageCatalog {
  static final String HOURS = "周一至周五 09:00-11:30, 13:30-16:30（法定节假日除外）";

  private static final Map<String, List<OfficeRecord>> OFFICES = Map.of(
      "310000", List.of(
          office("310101-MR", "黄浦区婚姻登记中心", "上海市", "上海市", "黄浦区", "310101", "西藏南路1100号", "200011", "021-63300001", false),
          office("310104-MR", "徐汇区婚姻登记中心", "上海市", "上海市", "徐汇区", "310104", "漕溪北路336号", "200030", "021-64870002", false),
          office("310106-MR", "上海市涉外婚姻登记处", "上海市", "上海市", "静安区", "310106", "昌平路990号", "200042", "021-62720003", true),
          office("310115-MR", "浦东新区婚姻登记中心", "上海市", "上海市", "浦东新区", "310115", "合欢路2号", "200135", "021-58790004", false)),
      "330100", List.of(
          office("330102-MR", "上城区婚姻登记处", "浙江省", "杭州市", "上城区", "330102", "解放路218号", "310009", "0571-87000001", false),
          office("330105-MR", "杭州市涉外婚姻登记处", "浙江省", "杭州市", "拱墅区", "330105", "环城北路165号", "310005", "0571-85000002", true),
          office("330106-MR", "西湖区婚姻登记处", "浙江省", "杭州市", "西湖区", "330106", "保俶路126号", "310007", "0571-87900003", false)),
      "440300", List.of(
          office("440304-MR", "福田区婚姻登记处（涉外涉港澳台）", "广东省", "深圳市", "福田区", "440304", "福中三路2003号", "518035", "0755-82900001", true),
          office("440305-MR", "南山区婚姻登记处", "广东省", "深圳市", "南山区", "440305", "南山大道2076号", "518052", "0755-26600002", false),
          office("440306-MR", "宝安区婚姻登记处", "广东省", "深圳市", "宝安区", "440306", "创业一路1号", "518101", "0755-27700003", false)));

  /** Shanghai opens 15 days ahead at 09:00, Hangzhou 30 days ahead at midnight, Shenzhen 7 days ahead at 10:00. */
  private static final Map<String, ReleasePolicy> RELEASE = Map.of(
      "310000", new ReleasePolicy(15, LocalTime.of(9, 0)),
      "330100", new ReleasePolicy(30, LocalTime.MIDNIGHT),
      "440300", new ReleasePolicy(7, LocalTime.of(10, 0)));

  /** Each working day's sessions: one-hour slots, the last ending at 16:30. */
  static final List<LocalTime> SESSION_STARTS =
      List.of(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(13, 30), LocalTime.of(14, 30), LocalTime.of(15, 30));

  static final List<Map<String, Object>> BOOKING_TYPES = List.of(
      type("MARRIAGE", "结婚登记", true, List.of(
          document("RESIDENT_ID_CARD", "本人的居民身份证（港澳居民为港澳居民来往内地通行证及居住证）", true),
          document("SIGNED_DECLARATION", "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明（在登记处当场签署）", true),
          document("JOINT_PHOTOS", "近期半身免冠合影照片 2 张", false))),
      type("DIVORCE", "离婚登记", true, List.of(
          document("RESIDENT_ID_CARD", "本人的居民身份证", true),
          document("MARRIAGE_CERTIFICATE", "本人的结婚证", true),
          document("DIVORCE_AGREEMENT", "双方当事人共同签署的离婚协议书", false))),
      type("CERTIFICATE_REISSUE", "补领结婚证", false, List.of(
          document("RESIDENT_ID_CARD", "本人的居民身份证", true),
          document("PHOTOS", "近期半身免冠照片 3 张（双方合影）", false))));

  private static OfficeRecord office(String id, String name, String province, String city, String district,
      String districtCode, String street, String postcode, String phone, boolean crossBorder) {
    return new OfficeRecord(id, name, Address.of(province, city, district, street, postcode), districtCode, HOURS, phone,
        crossBorder);
  }

  private static Map<String, Object> type(String type, String name, boolean both, List<Map<String, Object>> documents) {
    return Map.of("type", type, "name", name, "both_parties_appear", both, "required_documents", documents);
  }

  private static Map<String, Object> document(String code, String name, boolean eachParty) {
    return Map.of("code", code, "name", name, "each_party", eachParty);
  }

  List<OfficeRecord> offices(String city) {
    return OFFICES.getOrDefault(city, List.of());
  }

  Optional<OfficeRecord> office(String city, String officeId) {
    return offices(city).stream().filter(o -> o.id().equals(officeId)).findFirst();
  }

  Optional<ReleasePolicy> release(String city) {
    return Optional.ofNullable(RELEASE.get(city));
  }
}

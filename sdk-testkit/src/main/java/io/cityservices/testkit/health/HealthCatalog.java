package io.cityservices.testkit.health;

import io.cityservices.core.model.Address;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The seeded, unchanging reference data: real hospitals of the cities in {@link #CITIES}, each with
 * a department tree and doctors. Deterministic for a given random generator.
 */
final class HealthCatalog {
  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙");
  private static final List<String> GIVEN = List.of("建国", "立新", "海燕", "文斌", "晓东", "志强", "丽华", "明辉", "雪梅", "国庆", "卫东", "春燕");
  private static final List<String> TITLES = List.of("CHIEF", "ASSOCIATE_CHIEF", "ATTENDING", "RESIDENT");

  /** A top-level department and its children, each child with what its doctors specialise in. */
  private record Branch(String name, String description, Map<String, List<String>> children) {}

  private static final List<Branch> TREE = List.of(
      new Branch("内科", "内科疾病的诊断与非手术治疗", Map.of(
          "心血管内科", List.of("高血压", "冠心病", "心律失常"),
          "消化内科", List.of("胃炎", "消化性溃疡", "肝病"),
          "神经内科", List.of("脑卒中", "头痛", "帕金森病"))),
      new Branch("外科", "需要手术治疗的疾病", Map.of(
          "普外科", List.of("甲状腺疾病", "疝", "胆囊结石"),
          "骨科", List.of("关节置换", "脊柱外科", "运动损伤"))),
      new Branch("妇产科", "妇科疾病与产科", Map.of("妇科", List.of("子宫肌瘤", "妇科内分泌"))),
      new Branch("儿科", "儿童疾病", Map.of("儿内科", List.of("小儿呼吸", "小儿消化"))));

  private record Seed(String name, String level, Address address, GeoPoint location, String district, String phone) {}

  private static final Map<String, List<Seed>> HOSPITALS = Map.of(
      "310000", List.of(
          new Seed("复旦大学附属华山医院", "GRADE_3A", Address.of("上海市", "上海市", "静安区", "乌鲁木齐中路12号", "200040"),
              GeoPoint.of(31.2166, 121.4445), "310106", "021-52889999"),
          new Seed("上海交通大学医学院附属瑞金医院", "GRADE_3A", Address.of("上海市", "上海市", "黄浦区", "瑞金二路197号", "200025"),
              GeoPoint.of(31.2117, 121.4686), "310101", "021-64370045"),
          new Seed("上海市徐汇区中心医院", "GRADE_2A", Address.of("上海市", "上海市", "徐汇区", "淮海中路966号", "200031"),
              GeoPoint.of(31.2149, 121.4526), "310104", "021-54030000")),
      "330100", List.of(
          new Seed("浙江大学医学院附属第一医院", "GRADE_3A", Address.of("浙江省", "杭州市", "上城区", "庆春路79号", "310003"),
              GeoPoint.of(30.2570, 120.1750), "330102", "0571-87236114"),
          new Seed("浙江省人民医院", "GRADE_3A", Address.of("浙江省", "杭州市", "拱墅区", "上塘路158号", "310014"),
              GeoPoint.of(30.2905, 120.1630), "330105", "0571-85893000"),
          new Seed("杭州市西溪医院", "GRADE_3B", Address.of("浙江省", "杭州市", "西湖区", "横街2号", "310023"),
              GeoPoint.of(30.2760, 120.0780), "330106", "0571-86481000")),
      "440300", List.of(
          new Seed("北京大学深圳医院", "GRADE_3A", Address.of("广东省", "深圳市", "福田区", "莲花路1120号", "518036"),
              GeoPoint.of(22.5560, 114.0450), "440304", "0755-83923333"),
          new Seed("深圳市人民医院", "GRADE_3A", Address.of("广东省", "深圳市", "罗湖区", "东门北路1017号", "518020"),
              GeoPoint.of(22.5580, 114.1230), "440303", "0755-25533018"),
          new Seed("深圳市南山区人民医院", "GRADE_2A", Address.of("广东省", "深圳市", "南山区", "桃园路89号", "518052"),
              GeoPoint.of(22.5380, 113.9240), "440305", "0755-26553111")),
      "330200", List.of(
          new Seed("宁波市第一医院", "GRADE_3A", Address.of("浙江省", "宁波市", "海曙区", "柳汀街59号", "315010"),
              GeoPoint.of(29.8700, 121.5460), "330203", "0574-87085588"),
          new Seed("宁波大学附属李惠利医院", "GRADE_3A", Address.of("浙江省", "宁波市", "鄞州区", "兴宁路57号", "315040"),
              GeoPoint.of(29.8660, 121.5800), "330212", "0574-87018701")),
      "370200", List.of(
          new Seed("青岛大学附属医院", "GRADE_3A", Address.of("山东省", "青岛市", "市南区", "江苏路16号", "266003"),
              GeoPoint.of(36.0700, 120.3370), "370202", "0532-82911847"),
          new Seed("青岛市市立医院", "GRADE_3A", Address.of("山东省", "青岛市", "市南区", "胶州路1号", "266011"),
              GeoPoint.of(36.0710, 120.3230), "370202", "0532-82789000")),
      "420100", List.of(
          new Seed("华中科技大学同济医学院附属同济医院", "GRADE_3A", Address.of("湖北省", "武汉市", "硚口区", "解放大道1095号", "430030"),
              GeoPoint.of(30.5820, 114.2640), "420104", "027-83662688"),
          new Seed("华中科技大学同济医学院附属协和医院", "GRADE_3A", Address.of("湖北省", "武汉市", "江汉区", "解放大道1277号", "430022"),
              GeoPoint.of(30.5890, 114.2720), "420103", "027-85726114"),
          new Seed("武汉大学人民医院", "GRADE_3A", Address.of("湖北省", "武汉市", "武昌区", "解放路238号", "430060"),
              GeoPoint.of(30.5430, 114.3060), "420106", "027-88041911")));

  /** The cities with hospitals, in seeding order: appended to, never reordered, so earlier data stays. */
  static final List<String> CITIES = List.of("310000", "330100", "440300", "330200", "370200", "420100");

  private final Map<String, List<HospitalRecord>> hospitalsByCity = new LinkedHashMap<>();
  private final Map<String, HospitalRecord> hospitals = new LinkedHashMap<>();
  private final Map<String, String> hospitalCity = new LinkedHashMap<>();
  private final Map<String, List<DepartmentRecord>> departments = new LinkedHashMap<>();
  private final Map<String, List<DoctorRecord>> doctors = new LinkedHashMap<>();

  HealthCatalog(RandomGenerator random) {
    for (String city : CITIES) {
      List<HospitalRecord> list = new ArrayList<>();
      List<Seed> seeds = HOSPITALS.get(city);
      for (int h = 0; h < seeds.size(); h++) {
        Seed s = seeds.get(h);
        String id = String.format("h-%s-%02d", city, h + 1);
        HospitalRecord hospital = new HospitalRecord(id, s.name(), s.level(), s.address(), s.location(),
            creditCode(s.district(), random), s.district(), s.phone());
        list.add(hospital);
        hospitals.put(id, hospital);
        hospitalCity.put(id, city);
        seedDepartments(hospital, random);
      }
      hospitalsByCity.put(city, List.copyOf(list));
    }
  }

  private void seedDepartments(HospitalRecord hospital, RandomGenerator random) {
    List<DepartmentRecord> depts = new ArrayList<>();
    List<DoctorRecord> docs = new ArrayList<>();
    int d = 0;
    for (Branch branch : TREE) {
      String parentId = String.format("%s-d%02d", hospital.id(), ++d);
      depts.add(new DepartmentRecord(parentId, hospital.id(), branch.name(), null, branch.description()));
      for (Map.Entry<String, List<String>> child : branch.children().entrySet().stream()
          .sorted(Map.Entry.comparingByKey()).toList()) {
        String childId = String.format("%s-d%02d", hospital.id(), ++d);
        depts.add(new DepartmentRecord(childId, hospital.id(), child.getKey(), parentId, branch.name() + "·" + child.getKey()));
        for (int k = 0; k < 2; k++) {
          String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
          String title = TITLES.get(k == 0 ? random.nextInt(2) : 1 + random.nextInt(3));
          List<String> specialties = child.getValue().subList(0, 1 + random.nextInt(child.getValue().size()));
          docs.add(new DoctorRecord(String.format("%s-dr%02d", childId, k + 1), hospital.id(), childId, name, title,
              List.copyOf(specialties)));
        }
      }
    }
    departments.put(hospital.id(), List.copyOf(depts));
    doctors.put(hospital.id(), List.copyOf(docs));
  }

  /** A valid GB 32100 code for a public institution (登记管理部门 1, 类别 2) registered in {@code area}. */
  private static UnifiedSocialCreditCode creditCode(String area, RandomGenerator random) {
    StringBuilder org = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      org.append(CREDIT_ALPHABET.charAt(random.nextInt(10)));
    }
    String prefix = "12" + area + org;
    // The two check characters are found by the data model itself, so their rules live in one place.
    for (char orgCheck : "0123456789X".toCharArray()) {
      for (int i = 0; i < CREDIT_ALPHABET.length(); i++) {
        char check = CREDIT_ALPHABET.charAt(i);
        try {
          return UnifiedSocialCreditCode.of(prefix + orgCheck + check);
        } catch (IllegalArgumentException wrong) {
          // exactly one pair is valid
        }
      }
    }
    throw new IllegalStateException("no valid credit code for generated prefix");
  }

  List<HospitalRecord> hospitals(String city) {
    return hospitalsByCity.getOrDefault(city, List.of());
  }

  /** The hospital with {@code id} in {@code city}. */
  Optional<HospitalRecord> hospital(String city, String id) {
    return Optional.ofNullable(hospitals.get(id)).filter(h -> city.equals(hospitalCity.get(id)));
  }

  String cityOf(String hospitalId) {
    return hospitalCity.get(hospitalId);
  }

  List<DepartmentRecord> departments(String hospitalId) {
    return departments.getOrDefault(hospitalId, List.of());
  }

  List<DoctorRecord> doctors(String hospitalId) {
    return doctors.getOrDefault(hospitalId, List.of());
  }

  /** The departments that see patients (the leaves of the tree). */
  List<DepartmentRecord> clinics(String hospitalId) {
    return departments(hospitalId).stream().filter(d -> d.parentId() != null).toList();
  }
}

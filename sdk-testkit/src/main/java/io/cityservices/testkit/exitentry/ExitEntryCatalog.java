package io.cityservices.testkit.exitentry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unchanging reference data: the exit-entry offices of the cities that offer the service, the
 * endorsement types, and the reception windows of an office (half an hour each, 9:00-11:30 and
 * 13:30-17:00, Monday to Saturday).
 */
final class ExitEntryCatalog {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** How many days ahead slots are published, today included. */
  static final int HORIZON_DAYS = 7;

  private static final List<String> ALL = List.of("PASSPORT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT");
  private static final List<String> NO_TAIWAN = List.of("PASSPORT", "HK_MACAO_PERMIT");
  private static final String HOURS = "周一至周六 9:00-12:00, 13:30-17:00（法定节假日除外）";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

  private static final Map<String, List<OfficeRecord>> OFFICES = Map.of(
      "310000", List.of(
          new OfficeRecord("eo-310000-01", "上海市公安局出入境管理局接待大厅", "310115", "浦东新区民生路1500号",
              "021-28951900", HOURS, ALL),
          new OfficeRecord("eo-310000-02", "黄浦区公安分局出入境接待大厅", "310101", "黄浦区西藏南路1号",
              "021-63289876", HOURS, NO_TAIWAN),
          new OfficeRecord("eo-310000-03", "徐汇区公安分局出入境接待大厅", "310104", "徐汇区漕溪北路336号",
              "021-64868899", HOURS, ALL)),
      "330100", List.of(
          new OfficeRecord("eo-330100-01", "杭州市公安局出入境管理局接待大厅", "330102", "上城区解放东路35号",
              "0571-87280600", HOURS, ALL),
          new OfficeRecord("eo-330100-02", "西湖区公安分局出入境接待大厅", "330106", "西湖区文三路508号",
              "0571-87283220", HOURS, NO_TAIWAN)),
      "440100", List.of(
          new OfficeRecord("eo-440100-01", "广州市公安局出入境管理支队接待大厅", "440104", "越秀区解放南路155号",
              "020-83118300", HOURS, ALL),
          new OfficeRecord("eo-440100-02", "天河区公安分局出入境接待大厅", "440106", "天河区天河南二路46号",
              "020-83118301", HOURS, NO_TAIWAN)));

  /** One endorsement type as served: letter, name, permit, options ({@code validity_months}, {@code entries}). */
  record EndorsementKindView(String type, String name, String documentType, List<Option> options) {}

  /** One validity an endorsement is issued with; {@code entries} null for any number. */
  record Option(int validityMonths, Integer entries) {}

  static final List<EndorsementKindView> ENDORSEMENT_KINDS = List.of(
      new EndorsementKindView("G", "个人旅游", "HK_MACAO_PERMIT", List.of(new Option(3, 1), new Option(12, 1), new Option(12, 2))),
      new EndorsementKindView("L", "团队旅游", "HK_MACAO_PERMIT", List.of(new Option(3, 1), new Option(12, 1), new Option(12, 2))),
      new EndorsementKindView("T", "探亲", "HK_MACAO_PERMIT", List.of(new Option(3, 1), new Option(12, null))),
      new EndorsementKindView("S", "商务", "HK_MACAO_PERMIT", List.of(new Option(3, null), new Option(12, null))),
      new EndorsementKindView("Q", "其他", "HK_MACAO_PERMIT", List.of(new Option(3, 1))),
      new EndorsementKindView("D", "逗留", "HK_MACAO_PERMIT", List.of(new Option(12, null))));

  private static final List<LocalTime> WINDOWS = windows();

  private static List<LocalTime> windows() {
    List<LocalTime> starts = new ArrayList<>();
    for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(11, 30)); t = t.plusMinutes(30)) {
      starts.add(t);
    }
    for (LocalTime t = LocalTime.of(13, 30); t.isBefore(LocalTime.of(17, 0)); t = t.plusMinutes(30)) {
      starts.add(t);
    }
    return List.copyOf(starts);
  }

  /** The cities with offices, in catalog order. */
  List<String> cities() {
    return List.of("310000", "330100", "440100");
  }

  List<OfficeRecord> offices(String city) {
    return OFFICES.getOrDefault(city, List.of());
  }

  Optional<OfficeRecord> office(String city, String officeId) {
    return offices(city).stream().filter(o -> o.id().equals(officeId)).findFirst();
  }

  /** The reception windows of {@code day}: none on Sunday. */
  List<LocalTime> windows(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? List.of() : WINDOWS;
  }

  static String slotId(String officeId, LocalDate day, LocalTime start) {
    return officeId + "-" + day.format(DAY) + "-" + start.format(TIME);
  }

  /** A slot id taken apart, if it is one of a window of this catalog. */
  record SlotKey(String officeId, LocalDate day, LocalTime start) {}

  Optional<SlotKey> parseSlot(String city, String slotId) {
    int time = slotId.lastIndexOf('-');
    int day = time < 0 ? -1 : slotId.lastIndexOf('-', time - 1);
    if (day < 0) {
      return Optional.empty();
    }
    try {
      String officeId = slotId.substring(0, day);
      LocalDate date = LocalDate.parse(slotId.substring(day + 1, time), DAY);
      LocalTime start = LocalTime.parse(slotId.substring(time + 1), TIME);
      if (office(city, officeId).isEmpty() || !windows(date).contains(start)) {
        return Optional.empty();
      }
      return Optional.of(new SlotKey(officeId, date, start));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The places of a window: 3 to 8, fixed by the slot id so that it never depends on call order. */
  static int capacity(String slotId) {
    return 3 + Math.floorMod(slotId.hashCode(), 6);
  }
}

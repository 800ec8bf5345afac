package io.cityservices.examples.menu;

import java.util.Locale;
import java.util.Map;

/** The menu's words in Chinese and English; the page switches with {@code ?lang=zh} or {@code ?lang=en}. */
enum MenuLabels {
  ZH("zh", Map.ofEntries(
      Map.entry("title", "城市服务"),
      Map.entry("sign-in", "登录"),
      Map.entry("sign-in-intro", "沙箱居民编号（真实平台上由统一身份认证页面登录）"),
      Map.entry("sign-out", "退出"),
      Map.entry("signed-in-as", "当前居民"),
      Map.entry("total-owed", "待缴合计"),
      Map.entry("to-dos", "待办事项"),
      Map.entry("no-to-dos", "没有待办事项"),
      Map.entry("pay", "缴费"),
      Map.entry("paying", "正在缴费…"),
      Map.entry("due", "截止"),
      Map.entry("overdue", "已逾期"),
      Map.entry("owed", "待缴"),
      Map.entry("AVAILABLE", "正常"),
      Map.entry("UNAVAILABLE", "暂不可用"),
      Map.entry("NOT_OFFERED", "本市未开通"),
      Map.entry("paid", "缴费成功"),
      Map.entry("already-paid", "该事项已缴费，未重复扣款"),
      Map.entry("settled", "该事项已办结"),
      Map.entry("failed", "缴费未完成，请稍后重试（不会重复扣款）"),
      Map.entry("traffic", "交通违法"),
      Map.entry("utilities", "水电燃气"),
      Map.entry("health", "医院挂号"),
      Map.entry("library", "图书馆"),
      Map.entry("social-insurance", "社会保险"),
      Map.entry("marriage", "婚姻登记"),
      Map.entry("exit-entry", "出入境"),
      Map.entry("unpaid fines", "未缴罚款"),
      Map.entry("licence points", "驾照记分"),
      Map.entry("inspections due", "待年检车辆"),
      Map.entry("outstanding bills", "未缴账单"),
      Map.entry("upcoming appointments", "即将就诊"),
      Map.entry("overdue loans", "逾期借阅"),
      Map.entry("loans due soon", "即将到期"),
      Map.entry("holds ready", "预约可取"),
      Map.entry("charges owed", "待缴费用"),
      Map.entry("upcoming bookings", "已预约"),
      Map.entry("awaiting my consent", "待我确认"),
      Map.entry("insured types", "参保险种"),
      Map.entry("contributions due", "待缴保费"),
      Map.entry("months missing", "欠缴月数"),
      Map.entry("applications in progress", "办理中的申请"),
      Map.entry("documents expiring", "即将过期证件"))),
  EN("en", Map.ofEntries(
      Map.entry("title", "City services"),
      Map.entry("sign-in", "Sign in"),
      Map.entry("sign-in-intro", "Sandbox citizen id (a real platform shows its own sign-in page)"),
      Map.entry("sign-out", "Sign out"),
      Map.entry("signed-in-as", "Citizen"),
      Map.entry("total-owed", "Total owed"),
      Map.entry("to-dos", "To-dos"),
      Map.entry("no-to-dos", "Nothing to do"),
      Map.entry("pay", "Pay"),
      Map.entry("paying", "Paying…"),
      Map.entry("due", "due"),
      Map.entry("overdue", "overdue"),
      Map.entry("owed", "Owed"),
      Map.entry("AVAILABLE", "Available"),
      Map.entry("UNAVAILABLE", "Unavailable"),
      Map.entry("NOT_OFFERED", "Not offered in this city"),
      Map.entry("paid", "Paid"),
      Map.entry("already-paid", "Already paid; nothing was charged twice"),
      Map.entry("settled", "Already settled"),
      Map.entry("failed", "The payment did not complete; try again (you will not be charged twice)"),
      Map.entry("traffic", "Traffic"),
      Map.entry("utilities", "Water, power and gas"),
      Map.entry("health", "Hospital appointments"),
      Map.entry("library", "Library"),
      Map.entry("social-insurance", "Social insurance"),
      Map.entry("marriage", "Marriage registration"),
      Map.entry("exit-entry", "Passports and permits")));

  private final String code;
  // Map.ofEntries: unmodifiable, which Error Prone cannot see through the Map type.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Map<String, String> words;

  MenuLabels(String code, Map<String, String> words) {
    this.code = code;
    this.words = words;
  }

  /** The language's code, for {@code <html lang>} and the switch. */
  String code() {
    return code;
  }

  /** The word for {@code key}; the key itself when there is none (the SDK's English count labels). */
  String get(String key) {
    return words.getOrDefault(key, key);
  }

  /** The language for a {@code lang} value; Chinese unless English is asked for. */
  static MenuLabels of(String code) {
    return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
  }
}

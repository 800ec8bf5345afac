package io.cityservices.examples.menu;

import io.cityservices.core.model.Money;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import java.util.Map;

/** Writes the menu's two pages as HTML; every value is escaped, and the only script is {@code /static/menu.js}. */
final class MenuPage {
  private MenuPage() {}

  /** The sign-in form: which seeded citizen the sandbox's authorisation endpoint signs in. */
  static String signIn(MenuLabels words, String suggestedCitizenId) {
    StringBuilder html = head(words);
    html.append("<main class=\"sign-in\"><h1>").append(esc(words.get("title"))).append("</h1>")
        .append("<form method=\"get\" action=\"/signin\">")
        .append("<label>").append(esc(words.get("sign-in-intro")))
        .append(" <input id=\"citizen-id\" name=\"citizen_id\" value=\"").append(esc(suggestedCitizenId)).append("\"></label> ")
        .append("<button id=\"sign-in\" type=\"submit\">").append(esc(words.get("sign-in"))).append("</button>")
        .append("</form></main>");
    return html.append("</body></html>").toString();
  }

  /**
   * The menu: one tile per department with its status, counts and amount owed, then the to-dos, the
   * payable ones with a pay button.
   *
   * @param notice a message key from the last action, or empty
   */
  static String menu(MenuLabels words, String citizenId, CitizenOverview overview, String notice) {
    StringBuilder html = head(words);
    html.append("<header><h1>").append(esc(words.get("title"))).append("</h1>")
        .append("<span id=\"citizen\">").append(esc(words.get("signed-in-as"))).append(": ").append(esc(citizenId)).append("</span>")
        .append("<form method=\"post\" action=\"/signout\"><button id=\"sign-out\" type=\"submit\">")
        .append(esc(words.get("sign-out"))).append("</button></form></header><main>");
    if (!notice.isEmpty()) {
      html.append("<p id=\"notice\" data-notice=\"").append(esc(notice)).append("\">").append(esc(words.get(notice))).append("</p>");
    }
    html.append("<p id=\"total-owed\">").append(esc(words.get("total-owed"))).append(": ")
        .append(esc(overview.totalOwed().toDisplayString())).append("</p>");
    html.append("<section class=\"tiles\">");
    for (OverviewSection section : overview.sections()) {
      tile(html, words, section);
    }
    html.append("</section><section class=\"to-dos\"><h2>").append(esc(words.get("to-dos"))).append("</h2>");
    if (overview.toDos().isEmpty()) {
      html.append("<p>").append(esc(words.get("no-to-dos"))).append("</p>");
    } else {
      html.append("<ul id=\"to-dos\">");
      overview.toDos().forEach(toDo -> toDo(html, words, citizenId, toDo));
      html.append("</ul>");
    }
    return html.append("</section></main></body></html>").toString();
  }

  private static void tile(StringBuilder html, MenuLabels words, OverviewSection section) {
    SectionStatus status = section.status();
    String title = words.get(section.department());
    html.append("<article class=\"tile status-").append(esc(status.name())).append("\" data-department=\"")
        .append(esc(section.department())).append("\" data-status=\"").append(esc(status.name())).append("\">")
        .append("<h2>").append(esc(title.equals(section.department()) ? section.title() : title)).append("</h2>")
        .append("<p class=\"state\">").append(esc(words.get(status.name()))).append("</p>");
    Map<String, Integer> counts = section.counts();
    if (!counts.isEmpty()) {
      html.append("<dl>");
      counts.forEach((label, count) -> html.append("<dt>").append(esc(words.get(label))).append("</dt><dd>")
          .append(count).append("</dd>"));
      html.append("</dl>");
    }
    section.amountOwed().filter(m -> m.amount() > 0).ifPresent(owed -> html.append("<p class=\"owed\">")
        .append(esc(words.get("owed"))).append(" ").append(esc(owed.toDisplayString())).append("</p>"));
    html.append("</article>");
  }

  private static void toDo(StringBuilder html, MenuLabels words, String citizenId, ToDo toDo) {
    html.append("<li class=\"to-do").append(toDo.overdue() ? " overdue" : "").append("\" data-department=\"")
        .append(esc(toDo.department())).append("\" data-reference=\"").append(esc(String.valueOf(toDo.reference())))
        .append("\"><span class=\"department\">").append(esc(words.get(toDo.department()))).append("</span> ")
        .append("<span class=\"what\">").append(esc(toDo.title())).append("</span>");
    toDo.amountOptional().map(Money::toDisplayString)
        .ifPresent(amount -> html.append(" <span class=\"amount\">").append(esc(amount)).append("</span>"));
    toDo.dueOnOptional().ifPresent(due -> html.append(" <span class=\"due\">").append(esc(words.get("due"))).append(" ")
        .append(due).append("</span>"));
    if (toDo.overdue()) {
      html.append(" <span class=\"badge\">").append(esc(words.get("overdue"))).append("</span>");
    }
    if (ToDoPayments.payable(toDo)) {
      String key = ToDoPayments.key(citizenId, toDo);
      html.append("<form class=\"pay\" method=\"post\" action=\"/pay\"><input type=\"hidden\" name=\"todo\" value=\"")
          .append(esc(key)).append("\"><button type=\"submit\" data-todo-id=\"").append(esc(key))
          .append("\" data-paying=\"").append(esc(words.get("paying"))).append("\">")
          .append(esc(words.get("pay"))).append("</button></form>");
    }
    html.append("</li>");
  }

  private static StringBuilder head(MenuLabels words) {
    String other = words == MenuLabels.ZH ? "en" : "zh";
    return new StringBuilder(4096).append("<!DOCTYPE html><html lang=\"").append(words.code()).append("\"><head>")
        .append("<meta charset=\"utf-8\"><title>").append(esc(words.get("title"))).append("</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/menu.css\"><script src=\"/static/menu.js\" defer></script>")
        .append("</head><body><nav class=\"language\"><a id=\"language\" href=\"/language?lang=").append(other).append("\">")
        .append(other.equals("en") ? "English" : "中文").append("</a></nav>");
  }

  /** HTML-escapes text for element content and double-quoted attributes. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

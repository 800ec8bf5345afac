package io.cityservices.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.Problem;
import io.cityservices.core.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Credentials by name in forms, identity numbers as people write them, names in HTML pages. */
class RedactorHardeningTest {

  @Test
  void theTokenExchangeFormIsMaskedFieldByField() {
    String form = "grant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&redirect_uri=https%3A%2F%2Fapp%2Fcb"
        + "&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk&client_id=app-1"
        + "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
        + "&client_assertion=eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJhcHAtMSJ9.c2lnbmF0dXJl"
        + "&refresh_token=r-0123456789abcdefgh&client_secret=abc";
    String redacted = Redactor.redactText(form);
    assertThat(redacted).doesNotContain("SplxlOBeZQQYbYS6WxSbIA", "dBjftJeZ4CVP", "eyJpc3MiOiJhcHAtMSJ9",
        "r-0123456789abcdefgh", "client_secret=abc");
    assertThat(redacted).contains("grant_type=authorization_code", "client_id=app-1", "code=Splx…(22 chars)",
        "client_secret=***", "redirect_uri=https%3A%2F%2Fapp%2Fcb");
  }

  @Test
  void aJsonCodeIsThePlatformsErrorCodeAndStaysReadable() {
    assertThat(Redactor.redactText("{\"code\":\"slot_full\",\"title\":\"Full\"}"))
        .isEqualTo("{\"code\":\"slot_full\",\"title\":\"Full\"}");
    assertThat(Redactor.redactText("{\"authorization_code\":\"abc\",\"sms_code\":\"123456\"}"))
        .isEqualTo("{\"authorization_code\":\"***\",\"sms_code\":\"***\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"310101198306225060", "310101 198306225060", "310101 19830622 5060",
      "310101-19830622-5060", "310101 1983 0622 5060", "310101-1983-0622-5060", "31010119830622 5060",
      "11010519491231002X", "110105 19491231 002x"})
  void identityNumbersAreRecognisedHoweverTheyAreGrouped(String id) {
    String redacted = Redactor.redactText("身份证号 " + id + " 已登记");
    assertThat(redacted).startsWith("身份证号 ").endsWith(" 已登记").doesNotContain(id);
    assertThat(redacted.substring(5, 8)).isEqualTo(id.substring(0, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Amount 20000 fen, paid 2026-11-27 10:15:30+08:00 at station 310000",
      "Total ¥1,234,567.89 for 12 items; due 2026-12-31",
      "order 2026 1127 1015 3000 ok",
      "range 100000-200000 and 20261127-20261231",
      "ISBN 978-7-111-54742-6 on shelf 3",
      "the field name: must not be blank",
      "Name of the service: traffic",
      "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>",
  })
  void ordinaryTextAmountsAndDatesAreLeftAlone(String text) {
    assertThat(Redactor.redactText(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<tr><th>姓名</th><td>张三丰</td></tr>|<tr><th>姓名</th><td>张**</td></tr>",
      "<p>姓名：李四</p>|<p>姓名：李*</p>",
      "<div>车主: <b>王小明</b></div>|<div>车主: <b>王**</b></div>",
      "<span>Name:</span> <span>John Smith</span>|<span>Name:</span> <span>J*** S****</span>",
      "<label for=name>Full name</label><input value=x> Mary Jane|<label for=name>Full name</label><input value=x> M*** J***",
      "当事人：欧阳娜娜，身份证号 110105194912310021|当事人：欧***，身份证号 110***********0021",
  })
  void namesInsideHtmlErrorPagesAreMasked(String page, String expected) {
    assertThat(Redactor.redactText(page)).isEqualTo(expected);
  }

  @Test
  void problemTitleAndFieldViolationsAreRedacted() {
    String id = "310101198306225060";
    Problem problem = new Problem("about:blank", "Citizen " + id + " not found", 404, "d", null, "not_found", "r-1",
        List.of(new FieldViolation("contact", "13812345678 is not reachable, 姓名：张三")));
    assertThat(problem.toString()).doesNotContain(id, "13812345678", "张三").contains("310***********5060", "138****5678");

    FieldViolation v = new FieldViolation("holder", "姓名：张三 does not match 310101 19830622 5060");
    assertThat(v.toString()).doesNotContain("张三", "19830622").startsWith("holder: ");
    assertThat(v.message()).contains("张三");

    ValidationException e = new ValidationException("Invalid", 422, "validation_failed", "r-1", problem,
        List.of(v, new FieldViolation("phone", "13812345678 is not a mobile number")), null);
    assertThat(e.violations()).extracting(FieldViolation::message)
        .noneMatch(m -> m.contains("张三") || m.contains("13812345678") || m.contains("19830622"));
    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("holder", "phone");
    assertThat(ValidationException.of("phone", "13812345678 rejected").getMessage()).doesNotContain("13812345678");
  }

  @Test
  void longRunsOfTagsOrEscapesDoNotOverflowTheRegexStack() {
    // Found while fuzzing: unbounded group loops recursed once per tag or per character.
    String tags = "姓名" + "<a>".repeat(2000) + "张三";
    String escapes = "{\"name\":\"" + "\\\\".repeat(5000) + "\"}";
    assertThat(Redactor.redactText(tags)).startsWith("姓名<a>");
    assertThat(Redactor.redactText(escapes)).startsWith("{\"name\":\"");
    String page = "<th>姓名</th>" + "<td>".repeat(3) + "张三丰";
    assertThat(Redactor.redactText(page)).endsWith("张**");
  }
}

package io.cityservices.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  @Test
  void accountNumbersKeepTheirLastFourCharacters() {
    assertThat(Redactor.maskAccountNumber("3100123456")).isEqualTo("******3456");
    assertThat(Redactor.maskAccountNumber("1234")).isEqualTo("***");
    assertThat(Redactor.maskAccountNumber(null)).isNull();
    assertThat(Redactor.redactText("{\"account_number\":\"3100123456\"}")).contains("******3456").doesNotContain("3100123456");
  }

  @Test
  void masksEachKindOfValue() {
    assertThat(Redactor.maskIdNumber("11010519491231002X")).isEqualTo("110***********002X");
    assertThat(Redactor.maskPhone("13812345678")).isEqualTo("138****5678");
    assertThat(Redactor.maskPlate("沪A12345")).isEqualTo("沪A***45");
    assertThat(Redactor.maskPlate("粤BD12345")).isEqualTo("粤B****45");
    assertThat(Redactor.maskName("张三")).isEqualTo("张*");
    assertThat(Redactor.maskName("张")).isEqualTo("张*");
    assertThat(Redactor.maskName("司马相如")).isEqualTo("司***");
    assertThat(Redactor.maskName("John Smith")).isEqualTo("J*** S****");
    assertThat(Redactor.maskAddressLine("漕溪北路88号")).isEqualTo("***");
  }

  @Test
  void hidesTooShortValuesEntirely() {
    assertThat(Redactor.maskIdNumber("1234567")).isEqualTo("***");
    assertThat(Redactor.maskPhone("138")).isEqualTo("***");
    assertThat(Redactor.maskPlate("沪A12")).isEqualTo("***");
  }

  @Test
  void masksSecretsByLength() {
    assertThat(Redactor.maskSecret("abc123456")).isEqualTo("***");
    assertThat(Redactor.maskSecret("0123456789abcde")).isEqualTo("***");
    assertThat(Redactor.maskSecret("0123456789abcdef")).isEqualTo("0123…(16 chars)");
    assertThat(Redactor.maskSecret("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")).isEqualTo("eyJh…(40 chars)");
  }

  @Test
  void passesNullThrough() {
    assertThat(Redactor.maskIdNumber(null)).isNull();
    assertThat(Redactor.maskPhone(null)).isNull();
    assertThat(Redactor.maskPlate(null)).isNull();
    assertThat(Redactor.maskName(null)).isNull();
    assertThat(Redactor.maskSecret(null)).isNull();
    assertThat(Redactor.maskAddressLine(null)).isNull();
    assertThat(Redactor.redactText(null)).isNull();
  }

  @Test
  void redactsEveryIdentifierInFreeText() {
    String text =
        "user 11010519491231002X phone 13812345678 plate 沪A12345 auth Bearer eyJabc.def.ghi "
            + "body {\"access_token\":\"abc123456\"}";
    String redacted = Redactor.redactText(text);
    assertThat(redacted)
        .doesNotContain("11010519491231002X", "13812345678", "沪A12345", "eyJabc.def.ghi", "abc123456")
        .contains("110***********002X", "138****5678", "沪A***45", "Bearer ***", "\"access_token\":\"***\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "access_token", "accessToken", "ACCESS-TOKEN", "refresh_token", "client_secret", "clientAssertion",
        "password", "code_verifier", "sessionKey", "key", "secret", "signature", "app_secret", "userToken"
      })
  void masksSecretFieldsInJsonAndForms(String field) {
    String secret = "s3cr3t-value-0123456789";
    assertThat(Redactor.redactText("{\"" + field + "\": \"" + secret + "\", \"city\":\"310000\"}"))
        .isEqualTo("{\"" + field + "\": \"s3cr…(23 chars)\", \"city\":\"310000\"}");
    assertThat(Redactor.redactText("grant_type=x&" + field + "=" + secret + "&scope=a"))
        .isEqualTo("grant_type=x&" + field + "=s3cr…(23 chars)&scope=a");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"张三\"}|{\"name\":\"张*\"}",
        "{\"holder_name\":\"John Smith\"}|{\"holder_name\":\"J*** S****\"}",
        "{\"holderName\":\"李四\"}|{\"holderName\":\"李*\"}",
        "{\"id_number\":\"11010519491231002X\"}|{\"id_number\":\"110***********002X\"}",
        "{\"phone\":\"+86 138 1234 5678\"}|{\"phone\":\"+86**********5678\"}",
        "{\"plate\":\"沪A12345\"}|{\"plate\":\"沪A***45\"}",
        "{\"vin\":\"LSVAU2180N2183294\"}|{\"vin\":\"LSVA…(17 chars)\"}",
        "{\"engine_no\":\"A12345\"}|{\"engine_no\":\"***\"}",
        "{\"phone\":13812345678}|{\"phone\":138****5678}",
        "name=%E5%BC%A0%E4%B8%89&city=310000|name=%*****************&city=310000",
      })
  void masksPersonalFieldsWithTheirOwnRule(String text, String expected) {
    assertThat(Redactor.redactText(text)).isEqualTo(expected);
  }

  @Test
  void masksCredentialHeaders() {
    assertThat(Redactor.redactText("Authorization: Bearer 0123456789abcdefghij"))
        .isEqualTo("Authorization: Bearer 0123…(20 chars)");
    assertThat(Redactor.redactText("authorization: HMAC-SHA256 Credential=abcdefghijklmnopqrstuvwxyz"))
        .isEqualTo("authorization: HMAC…(49 chars)");
    assertThat(Redactor.redactText("Cookie: sid=0123456789abcdefghij\nX-Request-Id: r1"))
        .isEqualTo("Cookie: sid=…(24 chars)\nX-Request-Id: r1");
    assertThat(Redactor.redactText("Signature: sig1=:MEUCIQDabcdefghijklmnop:"))
        .isEqualTo("Signature: sig1…(30 chars)");
  }

  @Test
  void masksNumbersWrittenWithSeparatorsAndPlatesWithDots() {
    assertThat(Redactor.redactText("call +86 138-1234-5678 now")).isEqualTo("call +86 138****5678 now");
    assertThat(Redactor.redactText("车牌 粤B·D12345 违章")).isEqualTo("车牌 粤B****45 违章");
    assertThat(Redactor.redactText("id 11010519491231002x.")).isEqualTo("id 110***********002x.");
  }

  @Test
  void leavesHarmlessTextAlone() {
    String text = "GET /v1/cities/310000/traffic/violations?limit=20&cursor=abc HTTP/1.1 status=200 took 12ms";
    assertThat(Redactor.redactText(text)).isEqualTo(text);
  }

  @Test
  void excerptRedactsThenTruncates() {
    assertThat(Redactor.excerpt("<html>13812345678</html>", 100)).isEqualTo("<html>138****5678</html>");
    assertThat(Redactor.excerpt("<html>13812345678</html>", 9)).isEqualTo("<html>138…");
    assertThat(Redactor.excerpt("abc", 3)).isEqualTo("abc");
    assertThat(Redactor.excerpt(null, 3)).isEmpty();
    assertThatThrownBy(() -> Redactor.excerpt("abc", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}

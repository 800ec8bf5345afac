package io.cityservices.utilities;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records holding personal data never show it in clear. */
class UtilitiesPrivacyTest {

  @Test
  void anAccountMasksNumberHolderAndAddress() {
    UtilityAccount account = new UtilityAccount("acct-1", "310000-water", "上海城投水务", UtilityType.WATER, BillingMode.POSTPAID,
        "3100123456", "张三丰", "上海市长寿路88号1201室", null, OffsetDateTime.parse("2026-05-01T10:00:00+08:00"));

    assertThat(account.toString()).contains("******3456", "张**").doesNotContain("3100123456", "三丰", "长寿路");
  }

  @Test
  void aBindRequestMasksTheNumber() {
    assertThat(BindAccountRequest.of(UtilitiesWireMockTest.water(), "3100123456").toString())
        .contains("******3456").doesNotContain("3100123456");
  }

  @Test
  void aReceiptMasksThePayerAndAccountNumbers() {
    PaymentReceipt receipt = new PaymentReceipt("R1", "upay-1", Money.cny(100), null, "李四",
        List.of(new PaymentReceipt.ReceiptLine("国网上海市电力公司", "3100654321", "bill-1", "2026-04", Money.cny(100))));

    assertThat(receipt.toString()).contains("李*", "******4321").doesNotContain("李四", "3100654321");
  }
}

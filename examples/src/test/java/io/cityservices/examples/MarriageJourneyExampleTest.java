package io.cityservices.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs {@link MarriageJourney#main} as {@code exec:java} does and checks what it printed, masking included. */
class MarriageJourneyExampleTest {

  @Test
  void bothPartiesConsentThenTheCoupleCancels() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      MarriageJourney.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    original.println(out);

    assertThat(out).containsPattern("Running against the in-process sandbox at http://127\\.0\\.0\\.1:\\d+");
    assertThat(out).contains("上海市涉外婚姻登记处", "(涉外/涉港澳台)", "To bring for 结婚登记:",
        "Naming oneself as partner is refused (nothing was sent)", "PENDING_PARTNER_CONSENT",
        "The partner sees 1 booking waiting for their consent", "The partner consented: CONFIRMED",
        "Checking in before the day is refused: check_in_not_open", "Cancelled: CANCELLED by the PARTNER");
    assertThat(out).doesNotContainPattern("\\b\\d{17}[0-9X]\\b");
  }
}

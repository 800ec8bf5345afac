package io.cityservices.core.privacy;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The redactor reads every log line, error excerpt and toString: it never throws, and masking is
 * idempotent on its own output's identifiers (no identity number or mobile number survives).
 * Jazzer's regular-expression sanitizer reports catastrophic backtracking as a finding.
 */
class RedactorFuzzTest {

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "redactor.dict")
  void redactingNeverThrowsAndLeavesNoIdentifier(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    String redacted = Redactor.redactText(text);
    Redactor.excerpt(text, 64);
    if (redacted.matches("(?s).*(?<![0-9A-Za-z*])\\d{17}[0-9Xx](?![0-9A-Za-z]).*")) {
      throw new AssertionError("an identity number survived: " + redacted);
    }
  }
}

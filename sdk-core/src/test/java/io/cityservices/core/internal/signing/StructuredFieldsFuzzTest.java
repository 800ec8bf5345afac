package io.cityservices.core.internal.signing;

import static io.cityservices.core.fuzz.Outcomes.onlyThrows;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** RFC 8941 structured fields, the grammar of Signature-Input, Signature and Content-Digest. */
class StructuredFieldsFuzzTest {

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "structured-fields.dict")
  void parsingRefusesOnlyWithIllegalArgument(byte[] input) {
    String value = new String(input, StandardCharsets.ISO_8859_1);
    onlyThrows(() -> {
      Map<String, Object> dictionary = StructuredFields.parseDictionary(value);
      for (Object member : dictionary.values()) {
        if (member instanceof StructuredFields.InnerList list) {
          // What parses must serialise and parse back to the same list.
          String serialised = StructuredFields.serializeInnerList(list);
          Object again = StructuredFields.parseDictionary("a=" + serialised).get("a");
          if (!serialised.equals(StructuredFields.serializeInnerList((StructuredFields.InnerList) again))) {
            throw new AssertionError("inner list does not round-trip: " + serialised);
          }
        }
      }
    }, IllegalArgumentException.class);
    onlyThrows(() -> StructuredFields.parseItem(value), IllegalArgumentException.class);
    onlyThrows(() -> ComponentId.parse(value), IllegalArgumentException.class);
  }
}

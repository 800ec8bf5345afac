package io.cityservices.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RFC 8941 subset used by Signature-Input, Signature and Content-Digest. */
class StructuredFieldsTest {

  @Test
  void parsesAndReserialisesSignatureInput() {
    String member = "(\"@method\" \"@query-param\";name=\"a\\\"b\");created=1618884473;keyid=\"k\";flag;n=-5;t=tok/x";
    Map<String, Object> dict = StructuredFields.parseDictionary("sig1=" + member + " ,\tsig2=:AQID:");

    assertThat(dict).containsOnlyKeys("sig1", "sig2");
    StructuredFields.InnerList list = (StructuredFields.InnerList) dict.get("sig1");
    assertThat(list.parameters()).containsEntry("created", 1618884473L).containsEntry("flag", true)
        .containsEntry("n", -5L).containsEntry("t", new StructuredFields.Token("tok/x"));
    assertThat(list.items().get(1).parameters()).containsEntry("name", "a\"b");
    assertThat(StructuredFields.serializeInnerList(list)).isEqualTo(member);
    StructuredFields.Item sig2 = (StructuredFields.Item) dict.get("sig2");
    assertThat(((StructuredFields.ByteSequence) sig2.value()).bytes()).containsExactly(1, 2, 3);
  }

  @Test
  void rejectsMalformedInput() {
    for (String bad : new String[] {"sig1=(\"a\"", "sig1=:AQID", "Sig1=1", "sig1=1,", "sig1=1.5", "sig1=\"\\x\"",
        "sig1=(\"a\"\"b\")", "sig1=?2"}) {
      assertThatThrownBy(() -> StructuredFields.parseDictionary(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}

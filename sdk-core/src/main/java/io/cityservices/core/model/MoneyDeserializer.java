package io.cityservices.core.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Reads {@link Money}'s wire form {@code {"amount": <integer>, "currency": "<ISO 4217 code>"}} straight
 * from the parser's tokens, without building a {@code JsonNode} tree. Members may come in any order;
 * unknown members are skipped; when a member repeats, the last one counts (as in a tree). A broken rule
 * is reported exactly as a failing creator would be: a {@code ValueInstantiationException} ("Cannot
 * construct instance of ..., problem: Invalid money: ...") whose cause is the
 * {@link IllegalArgumentException} from {@link Money#fromWire}.
 */
final class MoneyDeserializer extends StdDeserializer<Money> {

  private static final long serialVersionUID = 1L;
  private static final int LONG_BITS = 63;

  MoneyDeserializer() {
    super(Money.class);
  }

  @Override
  public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    boolean object;
    if (token == JsonToken.START_OBJECT) {
      object = true;
      token = p.nextToken();
    } else {
      // A buffered or polymorphic read may start inside the object, at its first member or its end.
      object = token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT;
    }
    boolean integralAmount = false;
    long amount = 0;
    String currency = null;
    if (object) {
      for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("amount".equals(name)) {
          integralAmount = value == JsonToken.VALUE_NUMBER_INT && fitsLong(p);
          amount = integralAmount ? p.getLongValue() : 0;
        } else if ("currency".equals(name)) {
          currency = value == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        p.skipChildren();
      }
    } else {
      // Consume the whole value, as the tree-reading creator did, before reporting it.
      p.skipChildren();
    }
    try {
      return Money.fromWire(object, integralAmount, amount, currency);
    } catch (IllegalArgumentException e) {
      throw ctxt.instantiationException(Money.class, e);
    }
  }

  /** Whether the current integer token fits a {@code long}, as {@code JsonNode.canConvertToLong()}. */
  private static boolean fitsLong(JsonParser p) throws IOException {
    if (p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return true;
    }
    BigInteger big = p.getBigIntegerValue();
    return big.bitLength() <= LONG_BITS;
  }
}

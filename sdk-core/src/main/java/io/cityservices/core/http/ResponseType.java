package io.cityservices.core.http;

import io.cityservices.core.pagination.Page;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Java type a response body is read into. Declared once per operation as a constant. Immutable
 * and thread-safe.
 *
 * @param <T> the result type
 */
// T is a phantom type: it ties an operation's constant to the result the call returns.
@SuppressWarnings("UnusedTypeParameter")
public final class ResponseType<T> {

  private final @Nullable Type bodyType;

  private ResponseType(@Nullable Type bodyType) {
    this.bodyType = bodyType;
  }

  /**
   * A body read as {@code type}.
   *
   * @param type the body's class
   * @param <T> the result type
   * @return the response type
   */
  public static <T> ResponseType<T> of(Class<T> type) {
    return new ResponseType<>(type);
  }

  /**
   * A paginated body {@code {"data": [...], "next_cursor": ...}} of {@code item}s.
   *
   * @param item the class of one item
   * @param <T> the item type
   * @return the response type
   */
  public static <T> ResponseType<Page<T>> pageOf(Class<T> item) {
    return new ResponseType<>(new Parameterized(Page.class, item));
  }

  /**
   * A JSON array of {@code item}s.
   *
   * @param item the class of one item
   * @param <T> the item type
   * @return the response type
   */
  public static <T> ResponseType<List<T>> listOf(Class<T> item) {
    return new ResponseType<>(new Parameterized(List.class, item));
  }

  /**
   * No body is expected (204, or a body the caller does not need); the result is null.
   *
   * @return the response type
   */
  public static ResponseType<Void> none() {
    return new ResponseType<>(null);
  }

  /**
   * The Java type the body is read into ({@code Page<Fine>} as a {@link ParameterizedType}), or
   * empty when no body is read.
   *
   * @return the body's type
   */
  public Optional<Type> bodyType() {
    return Optional.ofNullable(bodyType);
  }

  /** {@code Raw<Arg>}, as the JSON mapper reads generic bodies; no JDK factory makes one. */
  private record Parameterized(Class<?> raw, Type argument) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {argument};
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public @Nullable Type getOwnerType() {
      return null;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParameterizedType p
          && raw.equals(p.getRawType())
          && p.getOwnerType() == null
          && Arrays.equals(getActualTypeArguments(), p.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return raw.hashCode() ^ argument.hashCode();
    }

    @Override
    public String toString() {
      return raw.getName() + "<" + argument.getTypeName() + ">";
    }
  }
}

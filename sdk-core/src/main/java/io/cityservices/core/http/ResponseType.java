package io.cityservices.core.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.cityservices.core.pagination.Page;
import java.util.List;
import java.util.function.Function;

/**
 * The Java type a response body is read into. Declared once per operation as a constant.
 *
 * @param <T> the result type
 */
public final class ResponseType<T> {

  private final Function<TypeFactory, JavaType> resolver;
  private volatile JavaType resolved;

  private ResponseType(Function<TypeFactory, JavaType> resolver) {
    this.resolver = resolver;
  }

  /** A body read as {@code type}. */
  public static <T> ResponseType<T> of(Class<T> type) {
    return new ResponseType<>(tf -> tf.constructType(type));
  }

  /** A paginated body {@code {"data": [...], "next_cursor": ...}} of {@code item}s. */
  public static <T> ResponseType<Page<T>> pageOf(Class<T> item) {
    return new ResponseType<>(tf -> tf.constructParametricType(Page.class, item));
  }

  /** A JSON array of {@code item}s. */
  public static <T> ResponseType<List<T>> listOf(Class<T> item) {
    return new ResponseType<>(tf -> tf.constructCollectionType(List.class, item));
  }

  /** No body is expected (204, or a body the caller does not need); the result is null. */
  public static ResponseType<Void> none() {
    return new ResponseType<>(tf -> null);
  }

  /** The Jackson type, or null for {@link #none()}; resolved once per type factory. */
  public JavaType javaType(TypeFactory typeFactory) {
    JavaType t = resolved;
    if (t == null) {
      t = resolver.apply(typeFactory);
      resolved = t;
    }
    return t;
  }
}

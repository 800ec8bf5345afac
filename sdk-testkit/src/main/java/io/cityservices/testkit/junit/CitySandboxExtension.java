package io.cityservices.testkit.junit;

import io.cityservices.testkit.CitySandbox;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link CitySandboxTest}. The sandbox lives in the store of the class
 * (shared) or of the method (fresh), so JUnit closes it when that scope ends.
 */
public final class CitySandboxExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CitySandboxExtension.class);
  /** Distinct keys, because a method's store also sees its class's values. */
  private static final String SHARED = "sandbox.class";
  private static final String OWN = "sandbox.method";

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    CitySandbox sandbox = sandbox(context);
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (field.getType() == CitySandbox.class && !Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
            field.setAccessible(true);
            field.set(instance, sandbox);
          }
        }
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    // A shared sandbox must not carry one test's faults or limits into the next.
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    CitySandbox own = store.get(OWN, CitySandbox.class);
    (own != null ? own : store.get(SHARED, CitySandbox.class)).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == CitySandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return sandbox(extensionContext);
  }

  /** The sandbox for this context: the method's own, or the class's shared one. */
  private static CitySandbox sandbox(ExtensionContext context) {
    Optional<CitySandboxTest> onMethod = context.getTestMethod()
        .flatMap(m -> AnnotationSupport.findAnnotation(m, CitySandboxTest.class));
    Optional<CitySandboxTest> onClass = context.getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, CitySandboxTest.class));
    boolean fresh = onMethod.isPresent() || onClass.map(CitySandboxTest::perMethod).orElse(false);
    long seed = onMethod.or(() -> onClass).map(CitySandboxTest::seed).orElse(42L);
    ExtensionContext scope = fresh ? context : classContext(context);
    return scope.getStore(NAMESPACE).getOrComputeIfAbsent(fresh ? OWN : SHARED,
        k -> CitySandbox.builder().seed(seed).build().start(), CitySandbox.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }
}

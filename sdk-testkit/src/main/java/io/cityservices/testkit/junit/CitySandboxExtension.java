package io.cityservices.testkit.junit;

import io.cityservices.testkit.CitySandbox;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link CitySandboxTest}. The sandbox lives in the store of the class
 * (shared) or of the method (fresh) and is closed, and taken out of the store, when that scope ends:
 * after the method, or after all of the class's tests. It is closed here rather than left to the
 * store because stores before JUnit 5.13 (Spring Boot 3.5 manages 5.12) do not close a plain
 * {@link AutoCloseable}, which would leave the sandbox's port open for the rest of the run.
 */
public final class CitySandboxExtension
    implements BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CitySandboxExtension.class);
  /** Distinct keys, because a method's store also sees its class's values. */
  private static final String SHARED = "sandbox.class";
  private static final String OWN = "sandbox.method";

  /** Made by JUnit from {@link CitySandboxTest}'s {@code @ExtendWith}; tests do not create it. */
  public CitySandboxExtension() {}

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
    CitySandbox own = store.remove(OWN, CitySandbox.class);
    if (own != null) {
      own.close();
      return;
    }
    CitySandbox shared = store.get(SHARED, CitySandbox.class);
    if (shared != null) {
      shared.reset();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    CitySandbox shared = context.getStore(NAMESPACE).remove(SHARED, CitySandbox.class);
    if (shared != null) {
      shared.close();
    }
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

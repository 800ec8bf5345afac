package io.cityservices.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link io.cityservices.testkit.CitySandbox}: one sandbox for the whole
 * class by default, injected into {@code CitySandbox} parameters and fields, reset after each test
 * (faults, rate limit, webhooks) and closed after the class.
 *
 * <p>On a test method, the annotation gives that test a fresh sandbox of its own.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(CitySandboxExtension.class)
public @interface CitySandboxTest {
  /**
   * The seed of the sandbox's data.
   *
   * @return the seed passed to {@link io.cityservices.testkit.CitySandbox.Builder#seed(long)}
   */
  long seed() default 42;

  /**
   * Whether every test method gets a fresh sandbox instead of sharing the class's.
   *
   * @return true for one sandbox per test method
   */
  boolean perMethod() default false;
}

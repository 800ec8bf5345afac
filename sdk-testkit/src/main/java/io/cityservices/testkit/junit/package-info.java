/** JUnit 5 support: {@link io.cityservices.testkit.junit.CitySandboxTest} starts, injects, resets and closes sandboxes. */
@NullMarked
package io.cityservices.testkit.junit;

import org.jspecify.annotations.NullMarked;

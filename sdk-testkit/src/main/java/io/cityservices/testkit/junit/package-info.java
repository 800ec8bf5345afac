/** JUnit 5 support: {@link io.cityservices.testkit.junit.CitySandboxTest} starts, injects, resets and closes sandboxes. */
package io.cityservices.testkit.junit;

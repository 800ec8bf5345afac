package io.cityservices.health;

import org.jspecify.annotations.Nullable;

/**
 * A clinical department of a hospital (科室). Departments form a tree: {@code 心血管内科} has the
 * parent {@code 内科}.
 *
 * @param id the platform's department id
 * @param hospitalId the hospital it belongs to
 * @param name the department's name
 * @param parentId the parent department's id, or null for a top-level department
 * @param description what it treats, or null
 */
public record Department(String id, String hospitalId, String name, @Nullable String parentId, @Nullable String description) {

  /**
   * Whether this is a top-level department.
   *
   * @return true when it has no parent department
   */
  public boolean isTopLevel() {
    return parentId == null;
  }
}

package io.cityservices.testkit.health;

/**
 * A seeded department.
 *
 * @param id the department id
 * @param hospitalId the hospital
 * @param name the name
 * @param parentId the parent department, or null
 * @param description what it treats
 */
public record DepartmentRecord(String id, String hospitalId, String name, String parentId, String description) {}

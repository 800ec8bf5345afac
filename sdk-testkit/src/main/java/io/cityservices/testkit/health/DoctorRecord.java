package io.cityservices.testkit.health;

import java.util.List;

/**
 * A seeded doctor.
 *
 * @param id the doctor id
 * @param hospitalId the hospital
 * @param departmentId the department
 * @param name the doctor's (public) name
 * @param title the title's wire name, e.g. {@code CHIEF}
 * @param specialties what the doctor specialises in
 */
public record DoctorRecord(
    String id, String hospitalId, String departmentId, String name, String title, List<String> specialties) {}

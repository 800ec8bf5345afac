package io.cityservices.health;

import java.util.List;

/**
 * A doctor who sees patients in a department. A doctor's name and title are public information
 * (hospitals publish them), so they are shown in full.
 *
 * @param id the platform's doctor id
 * @param hospitalId the hospital
 * @param departmentId the department the doctor sees patients in
 * @param name the doctor's name
 * @param title the professional title
 * @param specialties what the doctor specialises in (擅长), possibly empty
 */
public record Doctor(
    String id, String hospitalId, String departmentId, String name, DoctorTitle title, List<String> specialties) {

  /**
   * Copies {@code specialties}, taking null (a member the platform left out) as empty.
   *
   * @param id the platform's doctor id
   * @param hospitalId the hospital
   * @param departmentId the department the doctor sees patients in
   * @param name the doctor's name
   * @param title the professional title
   * @param specialties what the doctor specialises in (擅长), possibly empty; null is taken as empty
   */
  public Doctor {
    specialties = specialties == null ? List.of() : List.copyOf(specialties);
  }
}

package io.cityservices.core.overview;

/** Whether a section of the overview holds the department's data, and if not, why. */
public enum SectionStatus {
  /** The department answered; the section holds its data. */
  AVAILABLE,
  /** The department did not answer in time or failed; see {@link OverviewSection.Unavailable#reason()}. */
  UNAVAILABLE,
  /** The city does not offer the department's service (per the catalog); nothing was sent. */
  NOT_OFFERED
}

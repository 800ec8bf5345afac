package io.cityservices.spring;

/**
 * The application context cannot make a {@code CityServices} because a required {@code
 * cityservices.*} property is missing; {@link MissingCityServicesPropertyFailureAnalyzer} turns it
 * into a start-up report naming the property.
 */
public class MissingCityServicesPropertyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The missing property's full name, e.g. {@code cityservices.client-id}. */
  private final String property;

  /** What the property is needed for, in words for the startup failure report. */
  private final String why;

  /**
   * Reports a property the starter cannot do without.
   *
   * @param property the missing property, e.g. {@code cityservices.client-id}
   * @param why what it is needed for
   */
  public MissingCityServicesPropertyException(String property, String why) {
    super("Property '" + property + "' is required: " + why);
    this.property = property;
    this.why = why;
  }

  /**
   * The missing property.
   *
   * @return its full name, e.g. {@code cityservices.client-id}
   */
  public String property() {
    return property;
  }

  /**
   * What the property is needed for.
   *
   * @return a phrase for the startup failure report, e.g. "the app's OAuth client id"
   */
  public String why() {
    return why;
  }
}

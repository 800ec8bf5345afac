package io.cityservices.spring;

/**
 * The application context cannot make a {@code CityServices} because a required {@code
 * cityservices.*} property is missing; {@link MissingCityServicesPropertyFailureAnalyzer} turns it
 * into a start-up report naming the property.
 */
public class MissingCityServicesPropertyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String property;
  private final String why;

  /**
   * @param property the missing property, e.g. {@code cityservices.client-id}
   * @param why what it is needed for
   */
  public MissingCityServicesPropertyException(String property, String why) {
    super("Property '" + property + "' is required: " + why);
    this.property = property;
    this.why = why;
  }

  /** The missing property's full name. */
  public String property() {
    return property;
  }

  /** What the property is needed for. */
  public String why() {
    return why;
  }
}

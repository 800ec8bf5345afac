package io.cityservices.core.transport;

/**
 * Thrown by {@code CityServices.Builder.build()} when the base URL is plain {@code http://} for a
 * host that is not a loopback address and {@link TransportSecurity.Builder#allowInsecureHttp()}
 * was not called: app tokens, citizen tokens and personal data would cross the network in clear.
 * Nothing has been sent when it is thrown.
 */
public final class InsecureBaseUrlException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The refused URL, without user information, query or fragment. */
  private final String url;

  /**
   * @param url the refused URL, without user information, query or fragment
   */
  public InsecureBaseUrlException(String url) {
    super(
        "Refusing the plain-HTTP base URL "
            + url
            + ": use https://, or call TransportSecurity.builder().allowInsecureHttp() if this"
            + " network is trusted (loopback addresses are always allowed)");
    this.url = url;
  }

  /**
   * The refused URL, without user information, query or fragment.
   *
   * @return the URL as it appears in the message
   */
  public String url() {
    return url;
  }
}

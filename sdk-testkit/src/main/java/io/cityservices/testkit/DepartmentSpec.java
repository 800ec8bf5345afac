package io.cityservices.testkit;

import io.cityservices.core.model.CityCode;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a {@link SandboxModule} declares about a department it simulates, so that the platform can
 * enforce, around the module's handlers on {@code /v1/cities/{city}/<name>/...}: the catalog ("service
 * not offered" in other cities), the app token's scope ({@code 403 insufficient_scope}) and the faults
 * injected for the department.
 *
 * @param name the path segment and catalog name
 * @param scope the OAuth scope an app token needs for the department's routes; the token endpoint
 *     refuses scopes no module declares
 * @param cities the cities whose catalog offers the service
 */
public record DepartmentSpec(DepartmentName name, String scope, Set<CityCode> cities) {
  private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  /**
   * Checks the declaration.
   *
   * @param name the path segment and catalog name
   * @param scope the OAuth scope an app token needs
   * @param cities the cities whose catalog offers the service; copied
   * @throws IllegalArgumentException if the scope is not one RFC 6749 scope token
   */
  public DepartmentSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    if (!SCOPE_TOKEN.matcher(scope).matches()) {
      throw new IllegalArgumentException("scope must be one RFC 6749 scope token, got: " + scope);
    }
    cities = Set.copyOf(cities);
  }

  /**
   * A department whose scope is its name.
   *
   * @param name the department's name, also its scope
   * @param cities the cities that offer it
   * @return the declaration
   */
  public static DepartmentSpec of(DepartmentName name, Collection<CityCode> cities) {
    return new DepartmentSpec(name, name.value(), Set.copyOf(cities));
  }

  /**
   * Whether the catalog of {@code city} offers the service.
   *
   * @param city any city code
   * @return true when the city is among {@link #cities()}
   */
  public boolean offeredIn(CityCode city) {
    return cities.contains(city);
  }
}

package io.cityservices.testkit;

import io.cityservices.core.model.CityCode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The departments the registered modules declared: the catalog and the scopes the platform knows. */
final class Departments {
  /** Scopes the platform itself grants, whatever modules are present. */
  static final Set<String> PLATFORM_SCOPES = Set.of("catalog", "profile");

  private final Map<String, DepartmentSpec> byName = new LinkedHashMap<>();

  Departments(List<SandboxModule> modules) {
    for (SandboxModule module : modules) {
      for (DepartmentSpec spec : module.departments()) {
        if (byName.putIfAbsent(spec.name().value(), spec) != null) {
          throw new IllegalStateException("two modules declare the department " + spec.name());
        }
      }
    }
  }

  /** The department whose path segment is {@code segment}, if a module declared one. */
  Optional<DepartmentSpec> bySegment(String segment) {
    return Optional.ofNullable(byName.get(segment));
  }

  /** Every declared department, in module order. */
  List<DepartmentSpec> all() {
    return List.copyOf(byName.values());
  }

  /** The service names offered in {@code city}, in module order. */
  List<String> offeredIn(CityCode city) {
    return byName.values().stream().filter(d -> d.offeredIn(city)).map(d -> d.name().value()).toList();
  }

  /** Every scope a token may be granted. */
  Set<String> knownScopes() {
    Set<String> scopes = new LinkedHashSet<>(PLATFORM_SCOPES);
    byName.values().forEach(d -> scopes.add(d.scope()));
    return scopes;
  }

  /** What an app token gets when it asks for no scope: the catalog and every department. */
  String defaultAppScope() {
    return withEveryDepartment("catalog");
  }

  /** What a citizen consents to when the app asks for no scope: the profile and every department. */
  String defaultCitizenScope() {
    return withEveryDepartment("profile");
  }

  private String withEveryDepartment(String platformScope) {
    Set<String> scopes = new LinkedHashSet<>();
    scopes.add(platformScope);
    byName.values().forEach(d -> scopes.add(d.scope()));
    return String.join(" ", scopes);
  }

  /**
   * Checks a requested scope.
   *
   * @throws SandboxProblem {@code 400 invalid_scope} naming the first unknown scope
   */
  void requireKnown(String scope) {
    Set<String> known = knownScopes();
    for (String s : scope.trim().split(" +", -1)) {
      if (!s.isEmpty() && !known.contains(s)) {
        throw SandboxProblem.invalidScope("unknown scope: " + s + " (known: " + String.join(" ", known) + ")");
      }
    }
  }

  /** Whether a space-separated granted scope includes {@code scope}. */
  static boolean grants(String granted, String scope) {
    return granted != null && List.of(granted.trim().split(" +")).contains(scope);
  }
}

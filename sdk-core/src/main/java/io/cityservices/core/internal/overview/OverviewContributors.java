package io.cityservices.core.internal.overview;

import io.cityservices.core.overview.OverviewContributor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The department modules on the classpath, found once per client through {@link ServiceLoader}
 * (lazily: a client that never builds an overview never scans the classpath).
 */
public final class OverviewContributors {

  private static final Logger LOG = LoggerFactory.getLogger(OverviewContributors.class);

  private volatile @Nullable List<OverviewContributor> found;

  /** The contributors, one per department, ordered by department. */
  public List<OverviewContributor> get() {
    List<OverviewContributor> f = found;
    if (f == null) {
      // Racing threads may both scan; both get the same answer, so no lock is needed.
      f = discover(ServiceLoader.load(OverviewContributor.class, OverviewContributor.class.getClassLoader()));
      found = f;
    }
    return f;
  }

  static List<OverviewContributor> discover(Iterable<OverviewContributor> loader) {
    Map<String, OverviewContributor> byDepartment = new LinkedHashMap<>();
    for (OverviewContributor c : loader) {
      OverviewContributor first = byDepartment.putIfAbsent(c.department(), c);
      if (first != null) {
        // Two modules claiming one department is a packaging mistake (e.g. two versions of a jar).
        LOG.warn("Two overview contributors for department {}: {} is used, {} is ignored",
            c.department(), first.getClass().getName(), c.getClass().getName());
      }
    }
    List<OverviewContributor> sorted = new ArrayList<>(byDepartment.values());
    sorted.sort(Comparator.comparing(OverviewContributor::department));
    return List.copyOf(sorted);
  }
}

package io.github.gridgov.spring.open311;

import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.GeoPoint;
import io.github.gridgov.core.registry.Jurisdiction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The buildings of one registry that have a position, sorted by latitude, so that the nearest to a
 * point is found among those in a band of latitude around it instead of among all of them.
 *
 * <p>Implementation Requirements: immutable, thread-safe.
 */
final class Nearest {
  /** Metres in one degree of latitude (a meridian degree, on the mean sphere). */
  private static final double METRES_PER_DEGREE = 111_195.0;

  private final Jurisdiction registry;
  private final double[] latitudes;
  private final GeoPoint[] positions;
  private final BuildingId[] ids;

  Nearest(Jurisdiction registry) {
    this.registry = registry;
    List<Building> placed = new ArrayList<>();
    for (Building b : registry.buildings()) {
      if (b.position().isPresent()) {
        placed.add(b);
      }
    }
    placed.sort(
        Comparator.comparingDouble((Building b) -> b.position().get().latitude())
            .thenComparing(b -> b.id().value()));
    int n = placed.size();
    latitudes = new double[n];
    positions = new GeoPoint[n];
    ids = new BuildingId[n];
    for (int i = 0; i < n; i++) {
      Building b = placed.get(i);
      positions[i] = b.position().get();
      latitudes[i] = positions[i].latitude();
      ids[i] = b.id();
    }
  }

  /** The registry indexed. */
  Jurisdiction registry() {
    return registry;
  }

  /** The nearest building to {@code p} no farther than {@code metres}; ties to the smaller id. */
  Optional<BuildingId> within(GeoPoint p, int metres) {
    // a building within `metres` lies within metres / METRES_PER_DEGREE of p's latitude
    double band = metres / METRES_PER_DEGREE * 1.01;
    int from = lowerBound(p.latitude() - band);
    BuildingId best = null;
    double bestDistance = Double.MAX_VALUE;
    for (int i = from; i < latitudes.length && latitudes[i] <= p.latitude() + band; i++) {
      double d = positions[i].distanceTo(p);
      boolean nearer =
          d < bestDistance || (d == bestDistance && ids[i].value().compareTo(best.value()) < 0);
      if (d <= metres && nearer) {
        bestDistance = d;
        best = ids[i];
      }
    }
    return Optional.ofNullable(best);
  }

  private int lowerBound(double latitude) {
    int i = Arrays.binarySearch(latitudes, latitude);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && latitudes[i - 1] == latitude) {
      i--;
    }
    return i;
  }
}

package io.github.gridgov.spring.open311;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.GeoPoint;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the nearest building to a point: the one a scan of all buildings finds")
class NearestTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void asAScanOfAll(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Jurisdiction j = Generators.jurisdictions().streets(2).generate(random);
    Nearest nearest = new Nearest(j);
    for (int i = 0; i < 500; i++) {
      GeoPoint p =
          GeoPoint.of(39.79 + random.nextDouble() * 0.22, 116.29 + random.nextDouble() * 0.22);
      int metres = 1 + random.nextInt(2_000);
      assertThat(nearest.within(p, metres))
          .as("%s within %d m", p, metres)
          .isEqualTo(scan(j, p, metres));
    }
  }

  /** Every building looked at; the nearest within {@code metres}, ties to the smaller id. */
  static Optional<BuildingId> scan(Jurisdiction j, GeoPoint p, int metres) {
    BuildingId best = null;
    double bestDistance = Double.MAX_VALUE;
    for (Building b : j.buildings()) {
      double d = b.position().get().distanceTo(p);
      boolean nearer =
          d < bestDistance || (d == bestDistance && b.id().value().compareTo(best.value()) < 0);
      if (d <= metres && nearer) {
        bestDistance = d;
        best = b.id();
      }
    }
    return Optional.ofNullable(best);
  }
}

package io.github.gridgov.rules.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("工作量 by registry position: the scan's array read agrees with the workload's maps")
class WorkloadPositionsTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5})
  @DisplayName("every responder of two registries, asked alternately, large and small workloads")
  void agrees(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Jurisdiction a =
        Generators.jurisdictions()
            .communitiesPerStreet(3, 4)
            .volunteersPerCommunity(10, 20)
            .generate(new SplittableRandom(seed));
    Jurisdiction b = Generators.jurisdictions().generate(new SplittableRandom(seed + 100));
    for (int size : new int[] {WorkloadIndex.SMALL / 4, 1_000}) {
      Workload.Builder w = Workload.builder();
      List<Responder> all = a.responders();
      for (int i = 0; i < Math.min(size, all.size()); i += 1 + random.nextInt(2)) {
        Assignee owner = Assignee.of(all.get(i).id());
        w.putOpenOrder(owner, random.nextInt(9));
        int rated = random.nextInt(6);
        w.putRating(owner, RatingRecord.of(rated, rated == 0 ? 0 : random.nextInt(rated + 1)));
      }
      Workload workload = w.build();
      for (int round = 0; round < 2; round++) {
        for (Jurisdiction j : List.of(a, b)) {
          for (int p = 0; p < j.responders().size(); p++) {
            Responder r = j.responders().get(p);
            Assignee owner = Assignee.of(r.id());
            assertThat(workload.index().openAndPerMilleAt(j, p))
                .as("seed %s %s", seed, owner)
                .isEqualTo(
                    (long) workload.openOrdersOf(owner) << 32
                        | workload.ratingsOf(owner).satisfiedPerMille());
          }
        }
      }
    }
  }
}

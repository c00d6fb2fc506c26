package io.github.gridgov.rules.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.TeamId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("工作量 index: the assignment's packed figures agree with the workload's maps")
class WorkloadIndexTest {
  static Stream<Integer> sizes() {
    return IntStream.of(0, 1, 10, WorkloadIndex.SMALL / 2, WorkloadIndex.SMALL + 1, 1_000).boxed();
  }

  @ParameterizedTest(name = "{0} owners, seed 7")
  @MethodSource("sizes")
  @DisplayName("open orders and satisfied share of listed, half-listed and unknown owners")
  void agrees(int size) {
    SplittableRandom random = new SplittableRandom(7);
    Workload.Builder b = Workload.builder();
    List<Assignee> owners = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Assignee a =
          i % 5 == 0 ? Assignee.of(TeamId.of("T-" + i)) : Assignee.of(ResponderId.of("R-" + i));
      owners.add(a);
      if (i % 3 != 1) {
        b.putOpenOrder(a, random.nextInt(20));
      }
      if (i % 3 != 2) {
        int rated = random.nextInt(10);
        b.putRating(a, RatingRecord.of(rated, rated == 0 ? 0 : random.nextInt(rated + 1)));
      }
    }
    owners.add(Assignee.of(ResponderId.of("R-unknown")));
    owners.add(Assignee.of(TeamId.of("R-1")));
    Workload w = b.build();
    for (Assignee a : owners) {
      assertThat(w.index().openAndPerMille(a))
          .as("open orders and satisfied share of %s", a)
          .isEqualTo((long) w.openOrdersOf(a) << 32 | w.ratingsOf(a).satisfiedPerMille());
    }
  }
}

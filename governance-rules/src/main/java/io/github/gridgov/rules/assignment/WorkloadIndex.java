package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.registry.Jurisdiction;
import java.util.List;
import java.util.Map;

/**
 * A {@link Workload}'s figures as the assignment rule's scan reads them: open orders (high 32
 * bits) and satisfied share in thousandths (low 32 bits) in one {@code long}. A workload of more
 * than {@value #SMALL} entries keeps them for every responder of the registry last asked about, by
 * position in its responder list, so that a candidate costs one array read instead of two map
 * lookups; the array (8 bytes a responder) is made on the first call for a registry. Not API.
 */
final class WorkloadIndex {
  static final int SMALL = 64;
  private static final int UNRATED = RatingRecord.of(0, 0).satisfiedPerMille();

  private final Map<Assignee, Integer> open;
  private final Map<Assignee, RatingRecord> ratings;

  /** The last registry asked about, with the figures by position; replaced when another is asked. */
  private volatile Positions positions;

  WorkloadIndex(Map<Assignee, Integer> open, Map<Assignee, RatingRecord> ratings) {
    this.open = open;
    this.ratings = ratings;
  }

  /** The figures of {@code owner}, from the workload's maps. */
  long openAndPerMille(Assignee owner) {
    Integer n = open.isEmpty() ? null : open.get(owner);
    RatingRecord r = ratings.isEmpty() ? null : ratings.get(owner);
    return (long) (n == null ? 0 : n) << 32 | (r == null ? UNRATED : r.satisfiedPerMille());
  }

  /** The figures of the responder at {@code position} of {@code j}'s responder list. */
  long openAndPerMilleAt(Jurisdiction j, int position) {
    if (open.size() + ratings.size() <= SMALL) {
      return openAndPerMille(Assignee.of(j.responders().get(position).id()));
    }
    Positions p = positions;
    if (p == null || p.jurisdiction != j) {
      List<Responder> all = j.responders();
      long[] figures = new long[all.size()];
      for (int i = 0; i < figures.length; i++) {
        figures[i] = openAndPerMille(Assignee.of(all.get(i).id()));
      }
      p = new Positions(j, figures);
      positions = p;
    }
    return p.figures[position];
  }

  /** The figures of every responder of one registry, by position. */
  private static final class Positions {
    final Jurisdiction jurisdiction;
    final long[] figures;

    Positions(Jurisdiction jurisdiction, long[] figures) {
      this.jurisdiction = jurisdiction;
      this.figures = figures;
    }
  }
}

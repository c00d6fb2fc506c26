package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.internal.IdIndex;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.people.TeamId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Workload}'s open orders and satisfied shares in primitive columns behind compact id
 * indexes, so that the assignment rule finds both for a candidate with one lookup and no boxed
 * keys or values. Built once per workload, on first use, and only for a workload of more than
 * {@value #SMALL} entries: a small one is looked up in its maps. Not API.
 */
final class WorkloadIndex {
  private static final int UNRATED = RatingRecord.of(0, 0).satisfiedPerMille();
  static final int SMALL = 64;

  /** The maps themselves, for a small workload; null once indexed. */
  private final Map<Assignee, Integer> open;
  private final Map<Assignee, RatingRecord> ratings;

  private final IdIndex responders;
  private final IdIndex teams;
  private final int[] responderOpen;
  private final int[] responderPerMille;
  private final int[] teamOpen;
  private final int[] teamPerMille;

  WorkloadIndex(Map<Assignee, Integer> open, Map<Assignee, RatingRecord> ratings) {
    if (open.size() + ratings.size() <= SMALL) {
      this.open = open;
      this.ratings = ratings;
      responders = null;
      teams = null;
      responderOpen = null;
      responderPerMille = null;
      teamOpen = null;
      teamPerMille = null;
      return;
    }
    this.open = null;
    this.ratings = null;
    Set<Assignee> owners = new HashSet<>(open.keySet());
    owners.addAll(ratings.keySet());
    int teamCount = 0;
    for (Assignee a : owners) {
      teamCount += a.isTeam() ? 1 : 0;
    }
    responders = new IdIndex(owners.size() - teamCount);
    teams = new IdIndex(teamCount);
    responderOpen = new int[owners.size() - teamCount];
    responderPerMille = new int[responderOpen.length];
    teamOpen = new int[teamCount];
    teamPerMille = new int[teamCount];
    for (Assignee a : owners) {
      Integer n = open.get(a);
      RatingRecord r = ratings.get(a);
      int o = n == null ? 0 : n;
      int p = r == null ? UNRATED : r.satisfiedPerMille();
      if (a.isTeam()) {
        int i = teams.add(a.id().value());
        teamOpen[i] = o;
        teamPerMille[i] = p;
      } else {
        int i = responders.add(a.id().value());
        responderOpen[i] = o;
        responderPerMille[i] = p;
      }
    }
    responders.freeze();
    teams.freeze();
  }

  /** The figures of every responder of one registry, by position in its responder list. */
  private static final class Positions {
    final Jurisdiction jurisdiction;
    final long[] openAndPerMille;

    Positions(Jurisdiction jurisdiction, long[] openAndPerMille) {
      this.jurisdiction = jurisdiction;
      this.openAndPerMille = openAndPerMille;
    }
  }

  /** The last registry asked about, with the figures by position; rebuilt when another is asked. */
  private volatile Positions positions;

  /**
   * {@link #openAndPerMille} of the responder at {@code position} of {@code j}'s responder list:
   * for an indexed workload an array read, the array (8 bytes a responder) made on the first
   * call for {@code j}.
   */
  long openAndPerMilleAt(Jurisdiction j, int position, Identifier id) {
    if (open != null) {
      return openAndPerMille(id, false);
    }
    Positions p = positions;
    if (p == null || p.jurisdiction != j) {
      List<Responder> all = j.responders();
      long[] figures = new long[all.size()];
      for (int i = 0; i < figures.length; i++) {
        figures[i] = openAndPerMille(all.get(i).id(), false);
      }
      p = new Positions(j, figures);
      positions = p;
    }
    return p.openAndPerMille[position];
  }

  /** Open orders of {@code owner}. */
  int openOrders(Assignee owner) {
    return openOrders(owner.id(), owner.isTeam());
  }

  /** Open orders of the team or responder {@code id}. */
  int openOrders(Identifier id, boolean team) {
    if (open != null) {
      Integer n = open.isEmpty() ? null : open.get(team ? Assignee.of((TeamId) id) : Assignee.of((ResponderId) id));
      return n == null ? 0 : n;
    }
    if (team) {
      int i = teams.indexOf(id.value());
      return i < 0 ? 0 : teamOpen[i];
    }
    int i = responders.indexOf(id.value());
    return i < 0 ? 0 : responderOpen[i];
  }

  /**
   * Open orders (high 32 bits) and satisfied share in thousandths (low 32 bits) of the team or
   * responder {@code id}, in one lookup.
   */
  long openAndPerMille(Identifier id, boolean team) {
    if (open != null) {
      return (long) openOrders(id, team) << 32 | satisfiedPerMille(id, team);
    }
    if (team) {
      int i = teams.indexOf(id.value());
      return i < 0 ? UNRATED : (long) teamOpen[i] << 32 | teamPerMille[i];
    }
    int i = responders.indexOf(id.value());
    return i < 0 ? UNRATED : (long) responderOpen[i] << 32 | responderPerMille[i];
  }

  /** The satisfied share of {@code owner} in thousandths; 1000 when unrated. */
  int satisfiedPerMille(Assignee owner) {
    return satisfiedPerMille(owner.id(), owner.isTeam());
  }

  /** The satisfied share of the team or responder {@code id}; 1000 when unrated. */
  int satisfiedPerMille(Identifier id, boolean team) {
    if (open != null) {
      RatingRecord r = ratings.isEmpty() ? null
          : ratings.get(team ? Assignee.of((TeamId) id) : Assignee.of((ResponderId) id));
      return r == null ? UNRATED : r.satisfiedPerMille();
    }
    if (team) {
      int i = teams.indexOf(id.value());
      return i < 0 ? UNRATED : teamPerMille[i];
    }
    int i = responders.indexOf(id.value());
    return i < 0 ? UNRATED : responderPerMille[i];
  }
}

package io.github.gridgov.core.registry;

import io.github.gridgov.core.internal.HashSlots;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.Resident;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry's check of residents' ID numbers, a job of its own: it reads the residents alone,
 * so a large registry runs it on another core while the rest is checked. Not API.
 */
final class IdNumbers {
  private IdNumbers() {}

  /**
   * The problems of {@code residents}: no ID number twice — one number for two residents is an
   * error, on the second, naming the first. The 17 digits before the check character decide an ID
   * number (the check character follows from them, and was checked when the number was made), so
   * each number is kept as one {@code long}, found through the shared hash table: no copy of the
   * text, no string compare; both are dropped after the check.
   */
  static List<Problem> duplicates(List<Resident> residents) {
    List<Problem> found = new ArrayList<>();
    long[] numbers = new long[residents.size()];
    HashSlots seen = new HashSlots(residents.size(), 0.5);
    WantedNumber wanted = new WantedNumber();
    HashSlots.Keys<WantedNumber> sameNumber = (r, w) -> numbers[r] == w.number;
    for (int r = 0; r < residents.size(); r++) {
      Resident resident = residents.get(r);
      if (resident.idNumber().isEmpty()) {
        continue;
      }
      IdCardNumber n = resident.idNumber().get();
      numbers[r] = digits(n.clearText());
      wanted.number = numbers[r];
      long h = numbers[r] * 0x9E3779B97F4A7C15L;
      int holder = seen.putIfAbsent((int) (h ^ (h >>> 32)), wanted, sameNumber, r);
      if (holder >= 0) {
        found.add(
            Problem.error(
                Validation.DUPLICATE_ID_NUMBER,
                "RESIDENT:" + resident.id(),
                "Cannot add resident "
                    + resident.id()
                    + ": ID number "
                    + n
                    + " is already resident "
                    + residents.get(holder).id()
                    + "'s"));
      }
    }
    return found;
  }

  /** The ID number looked for in {@link #duplicates}: one holder, reused, so nothing is boxed. */
  private static final class WantedNumber {
    long number;
  }

  /** The first 17 characters of a valid ID number (all digits) as a number. */
  private static long digits(String idNumber) {
    long v = 0;
    for (int i = 0; i < 17; i++) {
      v = v * 10 + (idNumber.charAt(i) - '0');
    }
    return v;
  }
}

package io.github.gridgov.core.people;

import io.github.gridgov.core.Labelled;

/**
 * 性别 — as recorded on the resident ID card (GB 11643: the 17th digit is odd for male, even for
 * female). Needed for rules such as "a people's mediation committee has at least one woman"
 * (人民调解法 Art. 8).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Sex implements Labelled {
  /** 男. */
  MALE,
  /** 女. */
  FEMALE
}

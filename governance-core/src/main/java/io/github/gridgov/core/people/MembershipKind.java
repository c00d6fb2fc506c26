package io.github.gridgov.core.people;

import io.github.gridgov.core.Labelled;

/**
 * 成员关系 — how a resident belongs to a household.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum MembershipKind implements Labelled {
  /** 户主 — the head of the household. */
  HEAD,
  /** 成员 — a member. */
  MEMBER
}

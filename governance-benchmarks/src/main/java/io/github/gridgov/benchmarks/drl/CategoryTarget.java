package io.github.gridgov.benchmarks.drl;

/** 事项目标层级 — the fact for one category's target tier (a {@code Tier} ordinal). */
public final class CategoryTarget {
  private final String category;
  private final int tier;

  /** A category's target tier. */
  public CategoryTarget(String category, int tier) {
    this.category = category;
    this.tier = tier;
  }

  public String getCategory() {
    return category;
  }

  public int getTier() {
    return tier;
  }
}

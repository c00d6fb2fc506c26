package io.github.gridgov.benchmarks.drl;

/** 当前时刻 — the one mutable fact: the instant the rules decide at (epoch milliseconds). */
public final class Now {
  private long millis;

  /** The instant {@code millis}. */
  public Now(long millis) {
    this.millis = millis;
  }

  public long getMillis() {
    return millis;
  }

  public void setMillis(long millis) {
    this.millis = millis;
  }
}

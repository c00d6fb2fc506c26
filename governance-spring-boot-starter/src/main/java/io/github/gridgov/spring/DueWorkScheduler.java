package io.github.gridgov.spring;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.jdbc.DueWork;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.rules.escalation.Escalation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * 到期督办 — polls the order store for due work on every instance: each poll first takes up a new
 * registry version (asked for at most every reload interval) (the open orders whose owner it takes off duty are made due, {@link
 * JdbcOrderStore#registryChanged}), then claims the due orders in batches and escalates each
 * ({@link JdbcOrderStore#escalateDue}) until a claim finds none. The store's claims make
 * several instances on one database share the due work, each due order escalated exactly once.
 *
 * <p>Started and stopped with the application context; a failed poll is logged and the next one
 * runs as planned.
 *
 * <p>Implementation Requirements: thread-safe; polls run one at a time on one thread.
 *
 * @since 0.1.0
 */
public final class DueWorkScheduler implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DueWorkScheduler.class);

  private final JdbcOrderStore store;
  private final RegistrySource registry;
  private final Clock clock;
  private final Duration interval;
  private final int batchSize;
  private final Duration reloadInterval;
  private Instant lastReload;
  private final Map<EscalationTrigger, AtomicLong> byTrigger =
      new EnumMap<>(EscalationTrigger.class);
  private ScheduledExecutorService executor;

  /**
   * A scheduler that polls {@code store} every {@code interval}, claiming {@code batchSize} orders
   * at a time, against the registry in force in {@code registry}, at {@code clock}'s time; it asks
   * the registry for a new version at most every {@code reloadInterval}.
   */
  public DueWorkScheduler(
      JdbcOrderStore store,
      RegistrySource registry,
      Clock clock,
      Duration interval,
      int batchSize,
      Duration reloadInterval) {
    this.store = requireNonNull(store, "store");
    this.registry = requireNonNull(registry, "registry");
    this.clock = requireNonNull(clock, "clock");
    this.interval = requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException(
          "Cannot make DueWorkScheduler: gridgov.due-work.interval '"
              + interval
              + "' must be positive");
    }
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException(
          "Cannot make DueWorkScheduler: gridgov.due-work.batch-size '"
              + batchSize
              + "' must be 1-10000");
    }
    this.batchSize = batchSize;
    for (EscalationTrigger t : EscalationTrigger.values()) {
      byTrigger.put(t, new AtomicLong());
    }
    this.reloadInterval = requireNonNull(reloadInterval, "reloadInterval");
    if (reloadInterval.isNegative()) {
      throw new IllegalArgumentException(
          "Cannot make DueWorkScheduler: gridgov.registry.reload-interval '"
              + reloadInterval
              + "' must not be negative");
    }
  }

  /**
   * One poll, now: a new registry version taken up, then every due order escalated. Returns how
   * many escalations this instance made. The scheduler calls it every interval; a host or a test
   * may call it too.
   */
  public synchronized int pollOnce() {
    Instant now = clock.instant();
    if (lastReload == null || !now.isBefore(lastReload.plus(reloadInterval))) {
      lastReload = now;
      Optional<Jurisdiction> reloaded = registry.reload();
      if (reloaded.isPresent()) {
        int made = store.registryChanged(reloaded.get(), now);
        LOG.info("gridgov registry changed: {} open orders made due", made);
      }
    }
    Jurisdiction j = registry.current();
    int made = 0;
    while (true) {
      DueWork work = store.escalateDue(j, now, batchSize);
      made += work.escalations().size();
      for (Escalation e : work.escalations()) {
        byTrigger.get(e.trigger()).incrementAndGet();
      }
      if (work.claimed() == 0) {
        // an escalated order may be due again at once (its next tier's timer already ran out):
        // the loop claims until nothing is left that no live lease holds
        break;
      }
    }
    return made;
  }

  /** The escalations this instance has made since it started. */
  public long escalations() {
    long all = 0;
    for (AtomicLong n : byTrigger.values()) {
      all += n.get();
    }
    return all;
  }

  /** The escalations this instance has made since it started with {@code trigger}. */
  public long escalations(EscalationTrigger trigger) {
    return byTrigger.get(requireNonNull(trigger, "trigger")).get();
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "gridgov-due-work");
              t.setDaemon(true);
              return t;
            });
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(this::pollLogged, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void pollLogged() {
    try {
      pollOnce();
    } catch (RuntimeException e) {
      LOG.warn("gridgov due-work poll failed; the next runs as planned: {}", e.toString());
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService e;
    synchronized (this) {
      e = executor;
      executor = null;
    }
    if (e != null) {
      e.shutdown();
      try {
        if (!e.awaitTermination(30, TimeUnit.SECONDS)) {
          e.shutdownNow();
        }
      } catch (InterruptedException ie) {
        e.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}

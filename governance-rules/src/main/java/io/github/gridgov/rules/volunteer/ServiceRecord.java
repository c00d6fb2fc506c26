package io.github.gridgov.rules.volunteer;

import io.github.gridgov.core.lists.ProjectId;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.rules.metrics.Ratio;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * 志愿服务记录 — what one volunteer or team served: how many services, the hours and points they
 * earned, and the residents' ratings of them.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceRecord {
  ServiceRecord() {}

  /** The orders served, in the order given. */
  public abstract List<OrderId> orders();

  /** The projects served. */
  public abstract List<ProjectId> projects();

  /** 服务时长, in hours. */
  public abstract BigDecimal hours();

  /** 积分. */
  public abstract long points();

  /** Services rated (orders and project evaluations). */
  public abstract long rated();

  /** Of them, rated 非常满意 or 满意. */
  public abstract long satisfied();

  /** 满意率 = satisfied / rated. */
  public Ratio satisfactionRate() {
    return Ratio.of(satisfied(), rated());
  }

  /** How many services: orders and projects. */
  public int services() {
    return orders().size() + projects().size();
  }
}

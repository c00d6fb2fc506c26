package io.github.gridgov.spring.actuate;

import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.spring.DueWorkScheduler;
import io.github.gridgov.spring.GridgovAutoConfiguration;
import io.github.gridgov.spring.GridgovProperties;
import io.github.gridgov.spring.RegistrySource;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * gridgov's health indicator (bean {@code gridgovHealthIndicator}, shown as {@code gridgov}) when
 * Spring Boot's health support is present, and its meters when Micrometer is; each replaceable by
 * the host's own bean of the same type.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = GridgovAutoConfiguration.class)
@ConditionalOnBean(JdbcOrderStore.class)
public class GridgovActuatorAutoConfiguration {
  /** The health indicator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Health {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(RegistrySource.class)
    GridgovHealthIndicator gridgovHealthIndicator(
        RegistrySource registry, JdbcOrderStore store, Clock clock) {
      return new GridgovHealthIndicator(registry, store, clock);
    }
  }

  /** The meters. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Meters {
    @Bean
    @ConditionalOnMissingBean
    GridgovMeters gridgovMeters(
        JdbcOrderStore store,
        ObjectProvider<DueWorkScheduler> scheduler,
        ObjectProvider<Clock> clock,
        GridgovProperties properties) {
      return new GridgovMeters(
          store,
          Optional.ofNullable(scheduler.getIfAvailable()),
          clock.getIfAvailable(Clock::systemUTC),
          properties.metrics().window(),
          properties.metrics().refresh());
    }
  }
}

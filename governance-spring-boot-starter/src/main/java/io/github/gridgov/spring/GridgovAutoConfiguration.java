package io.github.gridgov.spring;

import io.github.gridgov.core.order.Category;
import io.github.gridgov.jdbc.GridgovSchema;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.sla.SlaProfile;
import io.github.gridgov.rules.sla.WorkCalendar;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * gridgov's beans for a Spring Boot application, each made only when the host has not declared
 * its own of the same type: the {@link GovernanceRules} from {@code gridgov.rules.*}, a {@link
 * Clock}, the {@link RegistrySource} from {@code gridgov.registry.csv-directory}, the {@link
 * JdbcOrderStore} on the application's {@link DataSource} (its schema migrated at start-up), and
 * the {@link DueWorkScheduler} that shares the due work with the other instances.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(GridgovProperties.class)
public class GridgovAutoConfiguration {
  /** The rules from {@code gridgov.rules.*}. */
  @Bean
  @ConditionalOnMissingBean
  public GovernanceRules governanceRules(GridgovProperties properties) {
    GridgovProperties.Rules r = properties.rules();
    GovernanceRules.Builder b = GovernanceRules.builder();
    b.slaProfile(
        switch (r.profile()) {
          case BJ_12345_DRAFT -> SlaProfile.BJ_12345_DRAFT;
          case GD_12345 -> SlaProfile.GD_12345;
          case PETITION -> SlaProfile.PETITION;
        });
    if (r.calendar() != null) {
      b.calendar(
          switch (r.calendar()) {
            case CHINA -> WorkCalendar.china();
            case NATURAL -> WorkCalendar.natural();
          });
    }
    for (Map.Entry<String, io.github.gridgov.core.Tier> e : r.targetTiers().entrySet()) {
      b.targetTier(Category.of(e.getKey()), e.getValue());
    }
    if (r.duplicateWindow() != null) {
      b.duplicateWindow(r.duplicateWindow());
    }
    return b.build();
  }

  /** The system clock; a host replaces it to run the rules at another time (a test, a replay). */
  @Bean
  @ConditionalOnMissingBean
  public Clock gridgovClock() {
    return Clock.systemUTC();
  }

  /** The registry from {@code gridgov.registry.csv-directory}. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty("gridgov.registry.csv-directory")
  public RegistrySource registrySource(GridgovProperties properties) {
    return new CsvRegistrySource(properties.registry().csvDirectory());
  }

  /** The order store on the application's data source, its schema brought up to date first. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnProperty(name = "gridgov.store.enabled", matchIfMissing = true)
  public JdbcOrderStore jdbcOrderStore(
      DataSource dataSource, GovernanceRules rules, GridgovProperties properties) {
    if (properties.district() == null) {
      throw new IllegalStateException(
          "Cannot make the gridgov order store: gridgov.district is not set (1-64 characters of"
              + " [A-Za-z0-9._:-], the key of every stored order)");
    }
    if (properties.store().migrate()) {
      GridgovSchema.migrate(dataSource);
    }
    JdbcOrderStore.Builder b =
        JdbcOrderStore.builder()
            .dataSource(dataSource)
            .district(properties.district())
            .rules(rules)
            .lease(properties.store().lease());
    if (properties.instance() != null) {
      b.instance(properties.instance());
    }
    return b.build();
  }

  /** The scheduler of due work, when there is a store and a registry. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean({JdbcOrderStore.class, RegistrySource.class})
  @ConditionalOnProperty(name = "gridgov.due-work.enabled", matchIfMissing = true)
  public DueWorkScheduler dueWorkScheduler(
      JdbcOrderStore store,
      RegistrySource registry,
      ObjectProvider<Clock> clock,
      GridgovProperties properties) {
    return new DueWorkScheduler(
        store,
        registry,
        clock.getIfAvailable(Clock::systemUTC),
        properties.dueWork().interval(),
        properties.dueWork().batchSize(),
        properties.registry().reloadInterval());
  }
}

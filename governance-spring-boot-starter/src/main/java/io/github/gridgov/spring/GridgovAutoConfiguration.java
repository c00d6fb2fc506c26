package io.github.gridgov.spring;

import io.github.gridgov.core.order.Category;
import io.github.gridgov.jdbc.GridgovSchema;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.jdbc.JdbcRegistryStore;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.sla.SlaProfile;
import io.github.gridgov.rules.sla.WorkCalendar;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * gridgov's beans for a Spring Boot application, each made only when the host has not declared
 * its own of the same type: the {@link GovernanceRules} from {@code gridgov.rules.*}, a {@link
 * Clock}, the {@link RegistrySource} from {@code gridgov.registry.csv-directory} or the database
 * ({@code gridgov.registry.database}, with its {@link JdbcRegistryStore}), the {@link
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

  /** The registry store of the district, when the registry comes from the database. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnProperty(name = "gridgov.registry.database", havingValue = "true")
  public JdbcRegistryStore jdbcRegistryStore(DataSource dataSource, GridgovProperties properties) {
    if (properties.store().migrate()) {
      GridgovSchema.migrate(dataSource);
    }
    return JdbcRegistryStore.of(dataSource, district(properties, "registry store"));
  }

  /**
   * The registry: from the database when {@code gridgov.registry.database} is true (imported from
   * {@code gridgov.registry.csv-directory} if that is set too), else from the CSV directory.
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(RegistryConfigured.class)
  public RegistrySource registrySource(
      GridgovProperties properties,
      ObjectProvider<JdbcRegistryStore> database,
      ObjectProvider<Clock> clock) {
    GridgovProperties.Registry r = properties.registry();
    Optional<CsvRegistrySource> csv =
        Optional.ofNullable(r.csvDirectory()).map(CsvRegistrySource::new);
    if (!r.database()) {
      return csv.orElseThrow();
    }
    JdbcRegistryStore store = database.getIfAvailable();
    if (store == null) {
      throw new IllegalStateException(
          "Cannot load the gridgov registry from the database: gridgov.registry.database is true,"
              + " but the application has no DataSource (set spring.datasource.*)");
    }
    return new DatabaseRegistrySource(store, csv, clock.getIfAvailable(Clock::systemUTC));
  }

  /** Either {@code gridgov.registry.csv-directory} or {@code gridgov.registry.database=true}. */
  static final class RegistryConfigured extends AnyNestedCondition {
    RegistryConfigured() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty("gridgov.registry.csv-directory")
    static final class FromCsv {}

    @ConditionalOnProperty(name = "gridgov.registry.database", havingValue = "true")
    static final class FromDatabase {}
  }

  private static String district(GridgovProperties properties, String what) {
    if (properties.district() == null) {
      throw new IllegalStateException(
          "Cannot make the gridgov "
              + what
              + ": gridgov.district is not set (1-64 characters of [A-Za-z0-9._:-], the key of"
              + " every stored order and registry)");
    }
    return properties.district();
  }

  /** The order store on the application's data source, its schema brought up to date first. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnProperty(name = "gridgov.store.enabled", matchIfMissing = true)
  public JdbcOrderStore jdbcOrderStore(
      DataSource dataSource, GovernanceRules rules, GridgovProperties properties) {
    String district = district(properties, "order store");
    if (properties.store().migrate()) {
      GridgovSchema.migrate(dataSource);
    }
    JdbcOrderStore.Builder b =
        JdbcOrderStore.builder()
            .dataSource(dataSource)
            .district(district)
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

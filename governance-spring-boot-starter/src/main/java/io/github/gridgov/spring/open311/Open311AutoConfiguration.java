package io.github.gridgov.spring.open311;

import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.spring.GridgovAutoConfiguration;
import io.github.gridgov.spring.GridgovProperties;
import io.github.gridgov.spring.RegistrySource;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Open311 GeoReport v2 endpoints, when {@code gridgov.open311.enabled} is true in a servlet web
 * application with an order store and a registry: {@link GeoReport}, the {@link ApiKeyCheck} of
 * {@code gridgov.open311.api-keys} (unless the host has its own) and {@link Open311Controller}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = GridgovAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@ConditionalOnProperty(name = "gridgov.open311.enabled", havingValue = "true")
public class Open311AutoConfiguration {
  /** The keys of {@code gridgov.open311.api-keys}, compared in constant time. */
  @Bean
  @ConditionalOnMissingBean
  public ApiKeyCheck open311ApiKeys(GridgovProperties properties) {
    List<byte[]> keys =
        properties.open311().apiKeys().stream()
            .map(k -> k.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toList();
    return given -> {
      byte[] g = given.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      boolean ok = false;
      for (byte[] k : keys) {
        ok |= MessageDigest.isEqual(k, g);
      }
      return ok;
    };
  }

  /** The mapping between GeoReport and the rules, registry and store. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean({JdbcOrderStore.class, RegistrySource.class})
  public GeoReport geoReport(
      GovernanceRules rules,
      RegistrySource registry,
      JdbcOrderStore store,
      Clock clock,
      ApiKeyCheck keys,
      GridgovProperties properties) {
    GridgovProperties.Open311 o = properties.open311();
    String jurisdiction = o.jurisdictionId() == null ? properties.district() : o.jurisdictionId();
    return new GeoReport(
        rules,
        registry,
        store,
        clock,
        keys,
        new GeoReport.Settings(
            jurisdiction, o.contact(), o.keyService(), o.production(), o.maxDistance()));
  }

  /** The endpoints. */
  @Bean
  @ConditionalOnBean(GeoReport.class)
  public Open311Controller open311Controller(GeoReport geoReport) {
    return new Open311Controller(geoReport);
  }
}

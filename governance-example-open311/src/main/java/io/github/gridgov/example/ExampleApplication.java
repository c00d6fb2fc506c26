package io.github.gridgov.example;

import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.spring.RegistrySource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A community platform in one file: the starter with Open311 on an embedded PostgreSQL, the
 * registry of one of the five sample communities ({@code example.sample}: {@code anfeng} unless
 * set, or {@code guangming}, {@code youyihe}, {@code shilian}, {@code jiaochangba}). A real
 * platform drops the three beans below and sets {@code spring.datasource.url} and {@code
 * gridgov.registry.csv-directory} (or {@code gridgov.registry.database}) instead.
 */
@SpringBootApplication
public class ExampleApplication {
  /** Starts the platform on port 8311. */
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }

  /** An embedded PostgreSQL, stopped with the application. */
  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder().start();
  }

  /** The embedded server's database. */
  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    return postgres.getPostgresDatabase();
  }

  /** The sample community {@code example.sample} as the registry. */
  @Bean
  RegistrySource registry(@Value("${example.sample:anfeng}") String sample) {
    return RegistrySource.of(
        SampleJurisdictions.byKey(sample)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "example.sample '"
                            + sample
                            + "' is none of the samples: anfeng, guangming, youyihe, shilian,"
                            + " jiaochangba"))
            .jurisdiction());
  }
}

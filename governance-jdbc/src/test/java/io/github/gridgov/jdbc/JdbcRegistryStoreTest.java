package io.github.gridgov.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("登记库存储 on a real PostgreSQL: versions published whole, read back the same")
class JdbcRegistryStoreTest {
  static final Jurisdiction ANFENG = SampleJurisdictions.anfeng().jurisdiction();
  static final Jurisdiction GUANGMING = SampleJurisdictions.guangming().jurisdiction();
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  static final ObjectMapper CLEAR = GovernanceJson.mapper(JsonOptions.clear());

  TestDatabase db;
  JdbcRegistryStore store;

  @BeforeEach
  void start() {
    db = TestDatabase.fresh(4);
    store = JdbcRegistryStore.of(db.dataSource(), "anfeng");
  }

  @AfterEach
  void stop() {
    db.close();
  }

  /** The registry's whole text in clear: equal texts, equal registries. */
  static String text(Jurisdiction j) throws Exception {
    return CLEAR.writeValueAsString(j);
  }

  @Test
  @DisplayName(
      "versions count from 1, the newest in force; each reads back whole, personal data included")
  void publishAndLoad() throws Exception {
    assertThat(store.latestVersion()).isEmpty();
    assertThat(store.latest()).isEmpty();
    assertThat(store.publish(ANFENG, T0)).isEqualTo(1);
    assertThat(store.publish(GUANGMING, T0.plusSeconds(60))).isEqualTo(2);
    assertThat(store.latestVersion()).hasValue(2);
    assertThat(text(store.load(1).orElseThrow())).isEqualTo(text(ANFENG));
    JdbcRegistryStore.Published latest = store.latest().orElseThrow();
    assertThat(latest.version()).isEqualTo(2);
    assertThat(text(latest.registry())).isEqualTo(text(GUANGMING));
    assertThat(store.load(3)).isEmpty();
    assertThat(db.number("SELECT households FROM gridgov_registry WHERE version = 1"))
        .isEqualTo(ANFENG.householdCount());
    JdbcRegistryStore other = JdbcRegistryStore.of(db.dataSource(), "elsewhere");
    assertThat(other.latestVersion()).as("another district's versions are its own").isEmpty();
    assertThat(other.publish(ANFENG, T0)).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "publishers at once get one version each, one after the other; the newest published again"
          + " makes none")
  void concurrentPublish() throws Exception {
    List<CompletableFuture<Long>> all = new ArrayList<>();
    List<Jurisdiction> samples =
        SampleJurisdictions.all().stream().map(s -> s.jurisdiction()).toList();
    for (Jurisdiction j : samples) {
      all.add(CompletableFuture.supplyAsync(() -> store.publish(j, T0)));
    }
    assertThat(all.stream().map(CompletableFuture::join).toList())
        .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    Jurisdiction newest = store.latest().orElseThrow().registry();
    assertThat(store.publish(newest, T0.plusSeconds(1))).as("the same again").isEqualTo(5);
    assertThat(store.publish(ANFENG, T0.plusSeconds(2)))
        .as("an older one again is a new version")
        .isEqualTo(text(newest).equals(text(ANFENG)) ? 5 : 6);
  }

  @Test
  @DisplayName(
      "pruning keeps the newest versions; a version that no longer reads is refused by name")
  void pruneAndRefuse() {
    for (int i = 0; i < 4; i++) {
      store.publish(i % 2 == 0 ? ANFENG : GUANGMING, T0.plusSeconds(i));
    }
    assertThat(store.prune(2)).isEqualTo(2);
    assertThat(store.load(2)).isEmpty();
    assertThat(store.load(3)).isPresent();
    assertThat(store.prune(2)).isZero();
    assertThatThrownBy(() -> store.prune(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keep '0' must be at least 1");
    db.execute("UPDATE gridgov_registry SET registry = '{\"streets\": 7}' WHERE version = 4");
    assertThatThrownBy(() -> store.load(4))
        .isInstanceOf(OrderStoreException.class)
        .hasMessageContaining("registry version 4 of district anfeng");
    assertThatThrownBy(() -> JdbcRegistryStore.of(db.dataSource(), "an feng"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("district 'an feng'");
  }
}

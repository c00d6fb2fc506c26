package io.github.gridgov.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.SampleJurisdictions;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("registry versions: the one in force at an instant, the same for every task")
class RegistrySourceTest {
  static final Jurisdiction A = SampleJurisdictions.anfeng().jurisdiction();
  static final Jurisdiction B = SampleJurisdictions.youyihe().jurisdiction();

  @Test
  @DisplayName("a version published for a later instant is used from that instant on, not before")
  void inForce() {
    RegistrySource.Versions v =
        RegistrySource.versions()
            .publish("d", RegistryVersion.of("v1", Instant.parse("2026-01-01T00:00:00Z"), A))
            .publish("d", RegistryVersion.of("v2", Instant.parse("2026-06-01T00:00:00Z"), B));
    assertThat(v.at("d", Instant.parse("2025-12-31T23:59:59Z"))).isEmpty();
    assertThat(v.at("d", Instant.parse("2026-05-31T23:59:59Z")).get().version()).isEqualTo("v1");
    assertThat(v.at("d", Instant.parse("2026-06-01T00:00:00Z")).get().registry()).isSameAs(B);
    assertThat(v.at("other", Instant.parse("2026-06-01T00:00:00Z"))).isEmpty();
  }

  @Test
  @DisplayName("two versions of one name or one instant are refused, and nothing changes")
  void clashes() {
    RegistrySource.Versions v =
        RegistrySource.versions().publish("d", RegistryVersion.of("v1", Instant.EPOCH, A));
    assertThatThrownBy(
            () ->
                v.publish("d", RegistryVersion.of("v1", Instant.parse("2026-01-01T00:00:00Z"), B)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clashes with RegistryVersion[v1");
    assertThatThrownBy(() -> v.publish("d", RegistryVersion.of("v9", Instant.EPOCH, B)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(v.at("d", Instant.parse("2030-01-01T00:00:00Z")).get().version()).isEqualTo("v1");
    assertThatThrownBy(() -> RegistryVersion.of(" ", Instant.EPOCH, A))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot create RegistryVersion: version (1 characters) must be 1-64 characters, not blank");
  }

  @Test
  @DisplayName(
      "the topology needs a registry source, and refuses a bad topic name or timer interval")
  void builder() {
    assertThatThrownBy(() -> GovernanceTopology.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build the topology: set registries(...) first");
    assertThatThrownBy(() -> GovernanceTopology.builder().commandsTopic("工单 topic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a topic name is 1-249 characters");
    assertThatThrownBy(() -> GovernanceTopology.builder().timerInterval(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot set timerInterval: 'PT0S' must be between 1 ms and 1 hour");
    assertThat(
            GovernanceTopology.exactlyOnce(new java.util.Properties())
                .getProperty("processing.guarantee"))
        .isEqualTo("exactly_once_v2");
    assertThat(
            GovernanceTopology.builder()
                .registries(RegistrySource.versions())
                .build()
                .describe()
                .toString())
        .contains(
            "gridgov.commands",
            "gridgov.orders",
            "gridgov.decisions",
            "gridgov.rejected",
            GovernanceTopology.ORDER_STORE);
  }
}

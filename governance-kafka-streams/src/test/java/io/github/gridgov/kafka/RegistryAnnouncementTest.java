package io.github.gridgov.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.rules.command.OrderCommand;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "registry versions announced on the commands topic: each record decided against the version in force")
class RegistryAnnouncementTest {
  static final Jurisdiction ANFENG = SampleJurisdictions.anfeng().jurisdiction();
  static final Map<String, Jurisdiction> LOCATIONS =
      Map.of("exports/anfeng-1", ANFENG, "exports/anfeng-2", ANFENG);

  @Test
  @DisplayName(
      "v1, then v2 from 2026-03-05: orders before take v1, after take v2; a bad announcement is a dead letter")
  void versions() throws Exception {
    var topology =
        GovernanceTopology.builder()
            .streamTime()
            .registryLoader(
                location -> {
                  Jurisdiction j = LOCATIONS.get(location);
                  if (j == null) {
                    throw new IllegalArgumentException(
                        "Cannot load the registry at " + location + ": there is none");
                  }
                  return j;
                })
            .build();
    Properties p = new Properties();
    p.put("application.id", "gridgov-announce");
    p.put("bootstrap.servers", "unused:9092");
    try (TopologyTestDriver driver = new TopologyTestDriver(topology, p)) {
      TestInputTopic<String, byte[]> in =
          driver.createInputTopic(
              "gridgov.commands", Serdes.String().serializer(), Serdes.ByteArray().serializer());
      TestOutputTopic<String, JsonNode> decisions =
          driver.createOutputTopic(
              "gridgov.decisions",
              Serdes.String().deserializer(),
              GovernanceSerdes.json().deserializer());
      TestOutputTopic<String, JsonNode> rejected =
          driver.createOutputTopic(
              "gridgov.rejected",
              Serdes.String().deserializer(),
              GovernanceSerdes.json().deserializer());
      in.pipeInput(
          "anfeng",
          GovernanceTopology.registryAnnouncement(
              "anfeng", "v1", Instant.parse("2026-01-01T00:00:00Z"), "exports/anfeng-1"));
      in.pipeInput(
          "anfeng",
          GovernanceTopology.registryAnnouncement(
              "anfeng", "v2", Instant.parse("2026-03-05T00:00:00Z"), "exports/anfeng-2"));
      in.pipeInput(
          "anfeng",
          GovernanceTopology.registryAnnouncement(
              "anfeng", "v3", Instant.parse("2026-04-01T00:00:00Z"), "exports/nowhere"));
      in.pipeInput(
          "youyihe",
          GovernanceTopology.registryAnnouncement(
              "anfeng", "v4", Instant.parse("2026-04-01T00:00:00Z"), "exports/anfeng-1"));
      List<ServiceOrder> orders = TopologyTest.dispatchableAll(2);
      ServiceOrder early =
          ServiceOrder.builder()
              .from(orders.get(0))
              .id(OrderId.of("O-early"))
              .reportedAt(Instant.parse("2026-03-02T08:00:00Z"))
              .build();
      ServiceOrder late =
          ServiceOrder.builder()
              .from(orders.get(1))
              .id(OrderId.of("O-late"))
              .reportedAt(Instant.parse("2026-03-06T08:00:00Z"))
              .build();
      for (ServiceOrder o : List.of(early, late)) {
        in.pipeInput(
            "anfeng",
            TopologyTest.JSON.writeValueAsBytes(OrderCommand.report(o, Actor.staff("D-1"))));
      }
      List<JsonNode> out = decisions.readValuesToList();
      assertThat(out)
          .filteredOn(n -> n.get("type").asText().equals("registry-version"))
          .extracting(n -> n.get("registryVersion").asText())
          .containsExactly("v1", "v2");
      assertThat(out)
          .filteredOn(
              n ->
                  n.get("type").asText().equals("decision")
                      && n.get("source").asText().equals("command"))
          .extracting(n -> n.get("order").asText() + "@" + n.get("registryVersion").asText())
          .containsExactly("O-early@v1", "O-late@v2");
      List<JsonNode> dead = rejected.readValuesToList();
      assertThat(dead)
          .extracting(n -> n.get("message").asText())
          .containsExactly(
              "Cannot load the registry at exports/nowhere: there is none",
              "Cannot take a registry announcement for district anfeng under the key youyihe");
      assertThat(
              new String(
                  GovernanceTopology.registryAnnouncement("d", "v", Instant.EPOCH, "x"),
                  StandardCharsets.UTF_8))
          .contains("\"type\":\"registry-announcement\"", "\"from\":\"1970-01-01T00:00:00+00:00\"");
    }
  }
}

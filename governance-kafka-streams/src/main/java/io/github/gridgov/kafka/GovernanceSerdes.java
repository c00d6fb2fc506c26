package io.github.gridgov.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.json.GovernanceJson;
import io.github.gridgov.json.JsonOptions;
import io.github.gridgov.rules.command.OrderCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The Serdes of the topology's topics, JSON as governance-json writes it: orders and commands with
 * personal data in clear (they are the platform's own data; secure the cluster as its store),
 * decisions and rejections as JSON trees with personal data masked.
 *
 * @since 0.1.0
 */
public final class GovernanceSerdes {
  static final ObjectMapper CLEAR = GovernanceJson.mapper(JsonOptions.clear());

  private GovernanceSerdes() {}

  /** Orders with their whole trail, personal data in clear. */
  public static Serde<ServiceOrder> orders() {
    return of(ServiceOrder.class);
  }

  /** Commands, personal data in clear. */
  public static Serde<OrderCommand> commands() {
    return of(OrderCommand.class);
  }

  /** Decisions and rejections: JSON trees. */
  public static Serde<JsonNode> json() {
    return of(JsonNode.class);
  }

  private static <T> Serde<T> of(Class<T> type) {
    Serializer<T> ser =
        (topic, value) -> {
          if (value == null) {
            return null;
          }
          try {
            return CLEAR.writeValueAsBytes(value);
          } catch (IOException e) {
            throw new SerializationException(
                "Cannot write a " + type.getSimpleName() + " to " + topic, e);
          }
        };
    Deserializer<T> de =
        (topic, bytes) -> {
          if (bytes == null) {
            return null;
          }
          try {
            return CLEAR.readValue(bytes, type);
          } catch (IOException e) {
            throw new SerializationException(
                "Cannot read a " + type.getSimpleName() + " from " + topic, e);
          } catch (UncheckedIOException e) {
            throw new SerializationException(
                "Cannot read a " + type.getSimpleName() + " from " + topic, e);
          }
        };
    return Serdes.serdeFrom(ser, de);
  }
}

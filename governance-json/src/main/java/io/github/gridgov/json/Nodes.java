package io.github.gridgov.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gridgov.core.InvalidModelException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading fields of a JSON object with messages that name the type, the field and the rule, in
 * the model's own form ({@code Cannot create Grid: name '…' is required}). Values are shortened,
 * never quoted whole. Not API.
 */
final class Nodes {
  private Nodes() {}

  static InvalidModelException invalid(String type, String field, String shown, String rule) {
    return new InvalidModelException(type, field, shown, rule);
  }

  /** The object {@code node} is, or a refusal naming {@code type}. */
  static JsonNode object(JsonNode node, String type) {
    if (node == null || !node.isObject()) {
      throw invalid(type, "(document)", shown(node), "must be a JSON object");
    }
    return node;
  }

  /** The member {@code field} names: its last dotted segment ({@code sizeLimits.gridMaxHouseholds} reads {@code gridMaxHouseholds}). */
  private static JsonNode member(JsonNode object, String field) {
    return object.get(field.substring(field.lastIndexOf('.') + 1));
  }

  static JsonNode required(JsonNode object, String type, String field) {
    JsonNode v = member(object, field);
    if (v == null || v.isNull()) {
      throw invalid(type, field, "", "is required");
    }
    return v;
  }

  static Optional<JsonNode> optional(JsonNode object, String field) {
    JsonNode v = member(object, field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  static String text(JsonNode object, String type, String field) {
    JsonNode v = required(object, type, field);
    if (!v.isTextual()) {
      throw invalid(type, field, shown(v), "must be a string");
    }
    return v.textValue();
  }

  static Optional<String> optionalText(JsonNode object, String type, String field) {
    return optional(object, field)
        .map(
            v -> {
              if (!v.isTextual()) {
                throw invalid(type, field, shown(v), "must be a string");
              }
              return v.textValue();
            });
  }

  static int integer(JsonNode object, String type, String field) {
    JsonNode v = required(object, type, field);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw invalid(type, field, shown(v), "must be a whole number");
    }
    return v.intValue();
  }

  static double decimal(JsonNode object, String type, String field) {
    JsonNode v = required(object, type, field);
    if (!v.isNumber()) {
      throw invalid(type, field, shown(v), "must be a number");
    }
    return v.doubleValue();
  }

  static boolean bool(JsonNode object, String type, String field) {
    JsonNode v = required(object, type, field);
    if (!v.isBoolean()) {
      throw invalid(type, field, shown(v), "must be true or false");
    }
    return v.booleanValue();
  }

  static Optional<Boolean> optionalBool(JsonNode object, String type, String field) {
    return optional(object, field)
        .map(
            v -> {
              if (!v.isBoolean()) {
                throw invalid(type, field, shown(v), "must be true or false");
              }
              return v.booleanValue();
            });
  }

  /** The elements of the array {@code field}, each read by {@code read}; empty if absent. */
  static <T> List<T> list(JsonNode object, String type, String field, Function<JsonNode, T> read) {
    Optional<JsonNode> v = optional(object, field);
    if (v.isEmpty()) {
      return List.of();
    }
    if (!v.get().isArray()) {
      throw invalid(type, field, shown(v.get()), "must be an array");
    }
    List<T> out = new ArrayList<>(v.get().size());
    for (JsonNode e : v.get()) {
      out.add(read.apply(e));
    }
    return out;
  }

  /** The strings of the array {@code field}, each read by {@code read}; empty if absent. */
  static <T> List<T> strings(JsonNode object, String type, String field, Function<String, T> read) {
    return list(
        object,
        type,
        field,
        e -> {
          if (!e.isTextual()) {
            throw invalid(type, field, shown(e), "must hold strings");
          }
          return read.apply(e.textValue());
        });
  }

  static <E extends Enum<E>> E enumValue(
      JsonNode object, String type, String field, Class<E> enumType) {
    return constant(text(object, type, field), type, field, enumType);
  }

  static <E extends Enum<E>> E constant(String text, String type, String field, Class<E> enumType) {
    try {
      return Enum.valueOf(enumType, text);
    } catch (IllegalArgumentException e) {
      throw invalid(
          type,
          field,
          io.github.gridgov.core.internal.Checks.abbreviate(text),
          "must be one of " + java.util.Arrays.toString(enumType.getEnumConstants()));
    }
  }

  /** An ISO-8601 date-time with its offset, e.g. {@code 2026-11-26T16:00:00+08:00}. */
  static Instant instant(String text, String type, String field) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid(
          type,
          field,
          io.github.gridgov.core.internal.Checks.abbreviate(text),
          "must be an ISO-8601 date-time with its offset, e.g. 2026-11-26T16:00:00+08:00");
    }
  }

  static Instant instant(JsonNode object, String type, String field) {
    return instant(text(object, type, field), type, field);
  }

  static LocalDate date(String text, String type, String field) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(
          type,
          field,
          io.github.gridgov.core.internal.Checks.abbreviate(text),
          "must be an ISO-8601 date, e.g. 2026-11-26");
    }
  }

  /** A node shown shortened for a message: its JSON type, or a short string. */
  static String shown(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return io.github.gridgov.core.internal.Checks.abbreviate(node.textValue());
    }
    if (node.isNumber() || node.isBoolean()) {
      return io.github.gridgov.core.internal.Checks.abbreviate(node.asText());
    }
    return node.isArray() ? "(an array)" : "(an object)";
  }
}

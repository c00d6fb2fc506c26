package io.github.gridgov.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.reason.RuleRef;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON of the rules' decisions — triage, assignment, escalation, checks, votes, metrics,
 * compliance — written from their public accessors, one field per accessor in name order, empty
 * optionals left out; and of reasons, with their rule, code, parameters and, if asked, text. Decisions
 * are written, not read: a platform stores the orders and recomputes decisions. Not API.
 */
final class DecisionJson {
  private static final Set<String> NOT_FIELDS =
      Set.of("hashCode", "toString", "getClass", "builder", "toBuilder");
  private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

  private DecisionJson() {}

  /** Writes {@code value}'s public accessors as the fields of one object. */
  static final class Reflective extends JsonSerializer<Object> {
    private final Class<?> type;

    Reflective(Class<?> type) {
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject();
      for (Method m : ACCESSORS.computeIfAbsent(type, DecisionJson::accessors)) {
        Object v;
        try {
          v = m.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException(
              "Cannot write " + type.getSimpleName() + "." + m.getName(), e);
        }
        if (v == null || absent(v)) {
          continue;
        }
        g.writeFieldName(field(m.getName()));
        try {
          provider.defaultSerializeValue(unwrap(v), g);
        } catch (RuntimeException | IOException e) {
          throw new IllegalStateException(
              "Cannot write "
                  + type.getSimpleName()
                  + "."
                  + m.getName()
                  + " of "
                  + v.getClass().getName(),
              e);
        }
      }
      g.writeEndObject();
    }
  }

  private static boolean absent(Object v) {
    return (v instanceof Optional && ((Optional<?>) v).isEmpty())
        || (v instanceof OptionalInt optionalInt && optionalInt.isEmpty())
        || (v instanceof OptionalLong optionalLong && optionalLong.isEmpty())
        || (v instanceof OptionalDouble optionalDouble && optionalDouble.isEmpty());
  }

  private static Object unwrap(Object v) {
    if (v instanceof Optional) {
      return ((Optional<?>) v).get();
    }
    if (v instanceof OptionalInt optionalInt) {
      return optionalInt.getAsInt();
    }
    if (v instanceof OptionalLong optionalLong) {
      return optionalLong.getAsLong();
    }
    if (v instanceof OptionalDouble optionalDouble) {
      return optionalDouble.getAsDouble();
    }
    return v;
  }

  private static String field(String method) {
    return method.startsWith("is") && method.length() > 2 && Character.isUpperCase(method.charAt(2))
        ? Character.toLowerCase(method.charAt(2)) + method.substring(3)
        : method;
  }

  /** The public no-argument accessors of {@code type}, by name. */
  private static List<Method> accessors(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class
          && !NOT_FIELDS.contains(m.getName())
          && m.getDeclaringClass().getName().startsWith("io.github.gridgov.")) {
        m.setAccessible(true);
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(Method::getName));
    return List.copyOf(out);
  }

  /** {@code {"rule": …, "code": …, "args": [...], "text": …}}. */
  static final class ReasonSerializer extends JsonSerializer<Reason> {
    private final JsonOptions options;

    ReasonSerializer(JsonOptions options) {
      this.options = options;
    }

    @Override
    public void serialize(Reason r, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      writeReason(g, r, options.texts());
    }
  }

  /** {@code {"rule": …, "code": …, "args": [...]}}, and {@code "text"} in {@code texts} if given. */
  static void writeReason(JsonGenerator g, Reason r, Optional<io.github.gridgov.core.Texts> texts)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", r.rule().code());
    g.writeStringField("code", r.code());
    g.writeArrayFieldStart("args");
    for (String a : r.args()) {
      g.writeString(a);
    }
    g.writeEndArray();
    if (texts.isPresent()) {
      g.writeStringField("text", r.render(texts.get()));
    }
    g.writeEndObject();
  }

  /** A list of reasons. */
  static final class ReasonsSerializer extends JsonSerializer<Reasons> {
    @Override
    public void serialize(Reasons rs, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartArray();
      for (Reason r : rs) {
        provider.defaultSerializeValue(r, g);
      }
      g.writeEndArray();
    }
  }

  /** A rule as its code. */
  static final class RuleRefSerializer extends JsonSerializer<RuleRef> {
    @Override
    public void serialize(RuleRef r, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(r.code());
    }
  }
}

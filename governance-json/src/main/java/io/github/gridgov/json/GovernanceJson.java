package io.github.gridgov.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.gridgov.core.Code;
import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.VolunteerTeam;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.reason.RuleRef;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;

/**
 * gridgov's JSON: a Jackson module and ready mappers that write and read the model — the whole
 * {@link Jurisdiction} and each of its entities, {@link ServiceOrder} with its complete trail,
 * events, dispatches, deadlines and ratings; the community's work beyond orders — {@code ThreeLists}
 * and their member units, needs, resources and projects, a {@code ServiceMenu}, an {@code
 * InspectionPlan} and its {@code Visit}s, a {@code Consultation} with its trail — and write the
 * rules' decisions with their reasons.
 *
 * <pre>{@code
 * ObjectMapper json = GovernanceJson.mapper(JsonOptions.clear());   // the platform's own storage
 * String text = json.writeValueAsString(order);
 * ServiceOrder back = json.readValue(text, ServiceOrder.class);     // equal to order
 * }</pre>
 *
 * <p>The format: a {@code Jurisdiction}, a {@code ServiceOrder} and an {@code OrderCommand} are
 * documents with {@code "format": 1}, a {@code "type"} and the {@code "personalData"} they were
 * written with; the schema files {@code jurisdiction.schema.json}, {@code service-order.schema.json}
 * and {@code order-command.schema.json} beside this class describe them (JSON Schema 2020-12). Times are ISO-8601 with the offset ({@code
 * 2026-11-26T08:00:00+00:00}); a reader takes any offset. Identifiers, codes and enum constants are
 * strings; areas, locations, actors and assignees are their printed forms ({@code GRID:G-01},
 * {@code HOUSEHOLD:H-1}, {@code staff:D-07}, {@code responder:R-1}), which {@code parse} reads back.
 *
 * <p>A {@code ThreeLists} and a {@code Consultation} are documents too ({@code "type":
 * "three-lists"}, {@code "consultation"}; schema files {@code three-lists.schema.json} and {@code
 * consultation.schema.json}); a project and a consultation are read through their own
 * steps, like an order through its lifecycle. A consultation's outcome is stored with its reasons'
 * rules, codes and parameters; read back, they are equal to the originals and render their
 * parameters as written (codes rather than labels).
 *
 * <p>Reading builds through the model's builders and the lifecycle's replay: a document with a
 * dangling reference, a bad ID number or an illegal trail throws the model's own {@link
 * io.github.gridgov.core.InvalidModelException} (or {@link
 * io.github.gridgov.core.registry.JurisdictionValidationException} listing every problem of a
 * registry) with the model's masked message, and nothing is returned half-read.
 *
 * <p>Personal data is masked unless the caller asks otherwise: see {@link JsonOptions}.
 *
 * <p>Implementation Requirements: the mappers are thread-safe once made; make one and share it.
 *
 * @since 0.1.0
 */
public final class GovernanceJson {
  /** The format version documents carry ({@code "format": 1}) and this version reads. */
  public static final int FORMAT_VERSION = ModelJson.FORMAT_VERSION;

  private GovernanceJson() {}

  /** A mapper with personal data masked (the default, {@link JsonOptions#masked()}). */
  public static ObjectMapper mapper() {
    return mapper(JsonOptions.masked());
  }

  /** A mapper writing with {@code options}; it reads every document a clear mapper writes. */
  public static ObjectMapper mapper(JsonOptions options) {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(module(options))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .build();
  }

  /**
   * The module alone, for a platform's own mapper; register it after {@code JavaTimeModule} so that
   * instants are written with their offset.
   */
  public static Module module(JsonOptions options) {
    requireNonNull(options, "options");
    ModelJson model = new ModelJson(options);
    SimpleModule m =
        new SimpleModule("gridgov-json") {
          @Override
          public void setupModule(SetupContext context) {
            // consulted after the serializers below: any other value of gridgov (a period, a state
            // of
            // the SLA clock, a candidate) is written from its public accessors
            context.addSerializers(
                new com.fasterxml.jackson.databind.ser.Serializers.Base() {
                  @Override
                  public JsonSerializer<?> findSerializer(
                      com.fasterxml.jackson.databind.SerializationConfig config,
                      com.fasterxml.jackson.databind.JavaType type,
                      com.fasterxml.jackson.databind.BeanDescription bean) {
                    Class<?> raw = type.getRawClass();
                    return raw.getName().startsWith("io.github.gridgov.")
                            && !raw.isEnum()
                            && !raw.isInterface()
                        ? new DecisionJson.Reflective(raw)
                        : null;
                  }
                });
            super.setupModule(context);
          }
        };
    m.addSerializer(
        Jurisdiction.class,
        new JsonSerializer<Jurisdiction>() {
          @Override
          public void serialize(Jurisdiction value, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            model.write(g, value);
          }
        });
    // a registry is read as a stream, entity by entity
    m.addDeserializer(
        Jurisdiction.class,
        new JsonDeserializer<Jurisdiction>() {
          @Override
          public Jurisdiction deserialize(JsonParser p, DeserializationContext ctxt)
              throws IOException {
            return ModelJson.jurisdiction(p);
          }
        });
    both(m, ServiceOrder.class, model::write, ModelJson::order);
    both(m, OrderEvent.class, model::write, ModelJson::event);
    both(m, io.github.gridgov.rules.command.OrderCommand.class, model::write, ModelJson::command);
    both(m, Dispatch.class, model::write, ModelJson::dispatch);
    both(m, Deadlines.class, model::write, ModelJson::deadlines);
    both(m, Rating.class, model::write, ModelJson::rating);
    both(m, Street.class, model::write, ModelJson::street);
    both(m, Community.class, model::write, ModelJson::community);
    both(m, Grid.class, model::write, ModelJson::grid);
    both(m, Compound.class, model::write, ModelJson::compound);
    both(m, Building.class, model::write, ModelJson::building);
    both(m, Household.class, model::write, ModelJson::household);
    both(m, Resident.class, model::write, ModelJson::resident);
    both(m, Responder.class, model::write, ModelJson::responder);
    both(m, VolunteerTeam.class, model::write, ModelJson::team);
    WorkJson work = new WorkJson(model);
    both(m, io.github.gridgov.core.lists.MemberUnit.class, work::write, WorkJson::unit);
    both(m, io.github.gridgov.core.lists.Need.class, work::write, WorkJson::need);
    both(m, io.github.gridgov.core.lists.Resource.class, work::write, WorkJson::resource);
    both(m, io.github.gridgov.core.lists.Project.class, work::write, WorkJson::project);
    both(m, io.github.gridgov.core.lists.ThreeLists.class, work::write, WorkJson::lists);
    both(m, io.github.gridgov.core.lists.ServiceMenu.class, work::write, WorkJson::menu);
    both(m, io.github.gridgov.core.inspection.InspectionPlan.class, work::write, WorkJson::plan);
    both(m, io.github.gridgov.core.inspection.Visit.class, work::write, WorkJson::visit);
    both(
        m,
        io.github.gridgov.rules.consultation.Consultation.class,
        work::write,
        WorkJson::consultation);
    printed(m, AreaRef.class, AreaRef::parse);
    printed(m, Location.class, Location::parse);
    printed(m, Actor.class, Actor::parse);
    printed(m, Assignee.class, Assignee::parse);
    printed(
        m, io.github.gridgov.core.area.StreetId.class, io.github.gridgov.core.area.StreetId::of);
    printed(
        m,
        io.github.gridgov.core.area.CommunityId.class,
        io.github.gridgov.core.area.CommunityId::of);
    printed(m, io.github.gridgov.core.area.GridId.class, io.github.gridgov.core.area.GridId::of);
    printed(
        m,
        io.github.gridgov.core.area.CompoundId.class,
        io.github.gridgov.core.area.CompoundId::of);
    printed(
        m,
        io.github.gridgov.core.area.BuildingId.class,
        io.github.gridgov.core.area.BuildingId::of);
    printed(
        m,
        io.github.gridgov.core.people.HouseholdId.class,
        io.github.gridgov.core.people.HouseholdId::of);
    printed(
        m,
        io.github.gridgov.core.people.ResidentId.class,
        io.github.gridgov.core.people.ResidentId::of);
    printed(
        m,
        io.github.gridgov.core.people.ResponderId.class,
        io.github.gridgov.core.people.ResponderId::of);
    printed(
        m, io.github.gridgov.core.people.TeamId.class, io.github.gridgov.core.people.TeamId::of);
    printed(
        m, io.github.gridgov.core.order.OrderId.class, io.github.gridgov.core.order.OrderId::of);
    printed(
        m,
        io.github.gridgov.rules.deliberation.UnitId.class,
        io.github.gridgov.rules.deliberation.UnitId::of);
    printed(
        m,
        io.github.gridgov.rules.deliberation.OwnerId.class,
        io.github.gridgov.rules.deliberation.OwnerId::of);
    printed(
        m, io.github.gridgov.core.order.Category.class, io.github.gridgov.core.order.Category::of);
    printed(m, io.github.gridgov.core.people.Skill.class, io.github.gridgov.core.people.Skill::of);
    printed(
        m,
        io.github.gridgov.core.people.Department.class,
        io.github.gridgov.core.people.Department::of);
    m.addSerializer(Identifier.class, new ToStringSerializer<>());
    m.addSerializer(Code.class, new ToStringSerializer<>());
    // personal data on its own: in clear only when asked, never through the accessors
    m.addSerializer(
        io.github.gridgov.core.people.PersonalData.class,
        new JsonSerializer<io.github.gridgov.core.people.PersonalData>() {
          @Override
          public void serialize(
              io.github.gridgov.core.people.PersonalData value,
              JsonGenerator g,
              SerializerProvider provider)
              throws IOException {
            if (options.isClear()) {
              g.writeString(value.clearText());
            } else {
              g.writeStartObject();
              g.writeStringField("masked", value.masked());
              g.writeEndObject();
            }
          }
        });
    personal(
        m,
        io.github.gridgov.core.people.PersonName.class,
        io.github.gridgov.core.people.PersonName::of);
    personal(
        m,
        io.github.gridgov.core.people.PhoneNumber.class,
        io.github.gridgov.core.people.PhoneNumber::of);
    personal(
        m,
        io.github.gridgov.core.people.IdCardNumber.class,
        io.github.gridgov.core.people.IdCardNumber::of);
    m.addSerializer(Instant.class, new InstantSerializer());
    // configuration, not decisions: named, not spelled out
    m.addSerializer(
        io.github.gridgov.rules.sla.SlaProfile.class,
        new JsonSerializer<io.github.gridgov.rules.sla.SlaProfile>() {
          @Override
          public void serialize(
              io.github.gridgov.rules.sla.SlaProfile value,
              JsonGenerator g,
              SerializerProvider provider)
              throws IOException {
            g.writeString(value.name());
          }
        });
    m.addSerializer(io.github.gridgov.rules.sla.WorkCalendar.class, new ToStringSerializer<>());
    m.addSerializer(
        io.github.gridgov.rules.catalogue.DispatchCatalogue.class, new ToStringSerializer<>());
    m.addSerializer(io.github.gridgov.rules.GovernanceRules.class, new ToStringSerializer<>());
    m.addSerializer(Reason.class, new DecisionJson.ReasonSerializer(options));
    m.addSerializer(Reasons.class, new DecisionJson.ReasonsSerializer());
    m.addSerializer(RuleRef.class, new DecisionJson.RuleRefSerializer());
    return m;
  }

  /** How one type is written. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void both(
      SimpleModule m, Class<T> type, Writer<T> writer, Function<JsonNode, T> reader) {
    m.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            writer.write(g, value);
          }
        });
    m.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return reader.apply(p.readValueAsTree());
          }
        });
  }

  private static <T> void printed(SimpleModule m, Class<T> type, Function<String, T> parse) {
    m.addSerializer(type, new ToStringSerializer<>());
    m.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = p.readValueAsTree();
            if (!n.isTextual()) {
              throw Nodes.invalid(type.getSimpleName(), "text", Nodes.shown(n), "must be a string");
            }
            return parse.apply(n.textValue());
          }
        });
  }

  private static <T> void personal(SimpleModule m, Class<T> type, Function<String, T> parse) {
    m.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = p.readValueAsTree();
            com.fasterxml.jackson.databind.node.ObjectNode holder =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            holder.set("value", n);
            return parse.apply(
                ModelJson.clearText(holder, type.getSimpleName(), "value")
                    .orElseThrow(
                        () -> Nodes.invalid(type.getSimpleName(), "value", "", "is required")));
          }
        });
  }

  /** A value as its {@code toString()}: identifiers, codes, printed forms. */
  private static final class ToStringSerializer<T> extends JsonSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(value.toString());
    }
  }

  /** An instant as ISO-8601 with its offset, {@code +00:00}. */
  private static final class InstantSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(ModelJson.time(value));
    }
  }
}

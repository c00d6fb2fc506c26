package io.github.gridgov.json;

import static io.github.gridgov.json.Nodes.bool;
import static io.github.gridgov.json.Nodes.enumValue;
import static io.github.gridgov.json.Nodes.instant;
import static io.github.gridgov.json.Nodes.integer;
import static io.github.gridgov.json.Nodes.invalid;
import static io.github.gridgov.json.Nodes.list;
import static io.github.gridgov.json.Nodes.object;
import static io.github.gridgov.json.Nodes.optional;
import static io.github.gridgov.json.Nodes.optionalBool;
import static io.github.gridgov.json.Nodes.optionalText;
import static io.github.gridgov.json.Nodes.strings;
import static io.github.gridgov.json.Nodes.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.gridgov.core.Code;
import io.github.gridgov.core.Texts;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BeijingGridCode;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridAssignment;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.ManagementStatus;
import io.github.gridgov.core.area.StatisticalAreaCode;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.area.Validity;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.ReferralTarget;
import io.github.gridgov.core.order.Reporter;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.Scope;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.EmailAddress;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.Membership;
import io.github.gridgov.core.people.MembershipKind;
import io.github.gridgov.core.people.Occupancy;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.PersonalData;
import io.github.gridgov.core.people.PhoneNumber;
import io.github.gridgov.core.people.Residency;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.ResidentRole;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.ResponderRole;
import io.github.gridgov.core.people.Sex;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.core.people.TeamKind;
import io.github.gridgov.core.people.VolunteerTeam;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.registry.SizeLimits;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON of the model: one {@code write} and one {@code read} per type, each the inverse of the
 * other under {@link JsonOptions#clear()}. Reading builds through the model's own builders, so
 * every rule of the model holds for what is read, and a broken document throws the model's own
 * exception before anything is returned. Not API: the format is documented by the schema files.
 */
final class ModelJson {
  /** The version of the format every top-level document names ({@code "format": 1}). */
  static final int FORMAT_VERSION = 1;

  private final JsonOptions options;

  ModelJson(JsonOptions options) {
    this.options = options;
  }

  /** The options documents are written with. */
  JsonOptions options() {
    return options;
  }

  // ---- small values --------------------------------------------------------------------------

  static String time(Instant at) {
    return Texts.iso(at, ZoneOffset.UTC);
  }

  private void personal(JsonGenerator g, String field, PersonalData value) throws IOException {
    if (options.isClear()) {
      g.writeStringField(field, value.clearText());
    } else {
      g.writeObjectFieldStart(field);
      g.writeStringField("masked", value.toString());
      g.writeEndObject();
    }
  }

  void freeText(JsonGenerator g, String field, String value) throws IOException {
    if (options.isClear()) {
      g.writeStringField(field, value);
    } else {
      g.writeObjectFieldStart(field);
      g.writeStringField("masked", Checks.described(value));
      g.writeEndObject();
    }
  }

  /** A personal or free-text value read back: a string, or a refusal of a masked one. */
  static Optional<String> clearText(JsonNode object, String type, String field) {
    Optional<JsonNode> v = optional(object, field);
    if (v.isPresent() && v.get().isObject() && v.get().has("masked")) {
      throw invalid(
          type,
          field,
          "(masked)",
          "was written masked (JsonOptions.masked(), the default) and cannot be "
              + "read back; write with JsonOptions.clear() to store a document");
    }
    return optionalText(object, type, field);
  }

  static void writeStrings(JsonGenerator g, String field, Collection<?> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (Object v : values) {
      g.writeString(
          v instanceof Code code
              ? code.code()
              : v instanceof Enum ? ((Enum<?>) v).name() : v.toString());
    }
    g.writeEndArray();
  }

  static void optionalString(JsonGenerator g, String field, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      Object v = value.get();
      g.writeStringField(
          field,
          v instanceof Code code
              ? code.code()
              : v instanceof Enum
                  ? ((Enum<?>) v).name()
                  : v instanceof Instant instant ? time(instant) : v.toString());
    }
  }

  private static void validity(JsonGenerator g, String field, Validity v) throws IOException {
    if (v.equals(Validity.always())) {
      return;
    }
    g.writeObjectFieldStart(field);
    optionalString(g, "start", v.start());
    optionalString(g, "end", v.end());
    g.writeEndObject();
  }

  private static Validity validity(JsonNode object, String type, String field) {
    Optional<JsonNode> v = optional(object, field);
    if (v.isEmpty()) {
      return Validity.always();
    }
    Optional<java.time.LocalDate> start =
        optionalText(v.get(), type, field + ".start")
            .map(s -> Nodes.date(s, type, field + ".start"));
    Optional<java.time.LocalDate> end =
        optionalText(v.get(), type, field + ".end").map(s -> Nodes.date(s, type, field + ".end"));
    if (start.isPresent() && end.isPresent()) {
      return Validity.between(start.get(), end.get());
    }
    return start
        .map(Validity::from)
        .orElseGet(() -> end.map(Validity::until).orElse(Validity.always()));
  }

  // ---- registry entities ---------------------------------------------------------------------

  void write(JsonGenerator g, Street s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id().value());
    g.writeStringField("name", s.name());
    optionalString(g, "code", s.code());
    g.writeEndObject();
  }

  static Street street(JsonNode n) {
    String t = "Street";
    object(n, t);
    Street.Builder b = Street.builder().id(StreetId.of(text(n, t, "id"))).name(text(n, t, "name"));
    optionalText(n, t, "code").map(StatisticalAreaCode::parse).ifPresent(b::code);
    return b.build();
  }

  void write(JsonGenerator g, Community c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id().value());
    g.writeStringField("name", c.name());
    g.writeStringField("street", c.street().value());
    optionalString(g, "code", c.code());
    g.writeEndObject();
  }

  static Community community(JsonNode n) {
    String t = "Community";
    object(n, t);
    Community.Builder b =
        Community.builder()
            .id(CommunityId.of(text(n, t, "id")))
            .name(text(n, t, "name"))
            .street(StreetId.of(text(n, t, "street")));
    optionalText(n, t, "code").map(StatisticalAreaCode::parse).ifPresent(b::code);
    return b.build();
  }

  void write(JsonGenerator g, Grid x) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.id().value());
    g.writeStringField("name", x.name());
    g.writeStringField("community", x.community().value());
    optionalString(g, "code", x.code());
    optionalString(g, "leader", x.leader());
    writeStrings(g, "workers", x.workers());
    writeStrings(g, "partTimeWorkers", x.partTimeWorkers());
    writeStrings(g, "helpers", x.helpers());
    optionalString(g, "areaDescription", x.areaDescription());
    optionalString(g, "supervisionPhone", x.supervisionPhone());
    g.writeEndObject();
  }

  static Grid grid(JsonNode n) {
    String t = "Grid";
    object(n, t);
    Grid.Builder b =
        Grid.builder()
            .id(GridId.of(text(n, t, "id")))
            .name(text(n, t, "name"))
            .community(CommunityId.of(text(n, t, "community")));
    optionalText(n, t, "code").map(BeijingGridCode::parse).ifPresent(b::code);
    optionalText(n, t, "leader").map(ResponderId::of).ifPresent(b::leader);
    b.addAllWorkers(strings(n, t, "workers", ResponderId::of));
    b.addAllPartTimeWorkers(strings(n, t, "partTimeWorkers", ResponderId::of));
    b.addAllHelpers(strings(n, t, "helpers", ResponderId::of));
    optionalText(n, t, "areaDescription").ifPresent(b::areaDescription);
    optionalText(n, t, "supervisionPhone").ifPresent(b::supervisionPhone);
    return b.build();
  }

  void write(JsonGenerator g, Compound c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id().value());
    g.writeStringField("name", c.name());
    g.writeStringField("community", c.community().value());
    g.writeStringField("management", c.management().name());
    optionalString(g, "propertyCompany", c.propertyCompany());
    optionalString(g, "partner", c.partner());
    g.writeEndObject();
  }

  static Compound compound(JsonNode n) {
    String t = "Compound";
    object(n, t);
    Compound.Builder b =
        Compound.builder()
            .id(CompoundId.of(text(n, t, "id")))
            .name(text(n, t, "name"))
            .community(CommunityId.of(text(n, t, "community")))
            .management(enumValue(n, t, "management", ManagementStatus.class));
    optionalText(n, t, "propertyCompany").ifPresent(b::propertyCompany);
    optionalText(n, t, "partner").map(CompoundId::of).ifPresent(b::partner);
    return b.build();
  }

  void write(JsonGenerator g, Building x) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.id().value());
    g.writeStringField("name", x.name());
    if (x.address().isPresent()) {
      g.writeStringField("address", x.address().get());
    }
    if (x.position().isPresent()) {
      g.writeObjectFieldStart("position");
      g.writeNumberField("latitude", x.position().get().latitude());
      g.writeNumberField("longitude", x.position().get().longitude());
      g.writeEndObject();
    }
    optionalString(g, "compound", x.compound());
    g.writeArrayFieldStart("grids");
    for (GridAssignment a : x.gridAssignments()) {
      g.writeStartObject();
      g.writeStringField("grid", a.grid().value());
      validity(g, "validity", a.validity());
      g.writeEndObject();
    }
    g.writeEndArray();
    optionalString(g, "leader", x.leader());
    if (!x.unitLeaders().isEmpty()) {
      g.writeObjectFieldStart("unitLeaders");
      for (Map.Entry<String, ResponderId> e : x.unitLeaders().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue().value());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static Building building(JsonNode n) {
    String t = "Building";
    object(n, t);
    Building.Builder b =
        Building.builder().id(BuildingId.of(text(n, t, "id"))).name(text(n, t, "name"));
    optionalText(n, t, "address").ifPresent(b::address);
    optional(n, "position")
        .ifPresent(
            p -> {
              object(p, t);
              b.position(
                  io.github.gridgov.core.area.GeoPoint.of(
                      Nodes.decimal(p, t, "position.latitude"),
                      Nodes.decimal(p, t, "position.longitude")));
            });
    optionalText(n, t, "compound").map(CompoundId::of).ifPresent(b::compound);
    b.addAllGridAssignments(
        list(
            n,
            t,
            "grids",
            a ->
                GridAssignment.of(
                    GridId.of(text(object(a, t), t, "grids.grid")), validity(a, t, "validity"))));
    optionalText(n, t, "leader").map(ResponderId::of).ifPresent(b::leader);
    optional(n, "unitLeaders")
        .ifPresent(
            u -> {
              object(u, t);
              u.properties()
                  .forEach(
                      e -> {
                        if (!e.getValue().isTextual()) {
                          throw invalid(
                              t,
                              "unitLeaders." + Checks.abbreviate(e.getKey()),
                              Nodes.shown(e.getValue()),
                              "must be a string");
                        }
                        b.putUnitLeader(e.getKey(), ResponderId.of(e.getValue().textValue()));
                      });
            });
    return b.build();
  }

  void write(JsonGenerator g, Household h) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.id().value());
    g.writeStringField("building", h.building().value());
    optionalString(g, "unit", h.unit());
    g.writeStringField("room", h.room());
    g.writeStringField("occupancy", h.occupancy().name());
    if (!h.members().isEmpty()) {
      g.writeArrayFieldStart("members");
      for (Membership m : h.members()) {
        g.writeStartObject();
        g.writeStringField("resident", m.resident().value());
        g.writeStringField("kind", m.kind().name());
        validity(g, "validity", m.validity());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    writeStrings(g, "careNeeds", h.careNeeds());
    g.writeEndObject();
  }

  static Household household(JsonNode n) {
    String t = "Household";
    object(n, t);
    Household.Builder b =
        Household.builder()
            .id(HouseholdId.of(text(n, t, "id")))
            .building(BuildingId.of(text(n, t, "building")))
            .room(text(n, t, "room"));
    optionalText(n, t, "unit").ifPresent(b::unit);
    optionalText(n, t, "occupancy")
        .map(s -> Nodes.constant(s, t, "occupancy", Occupancy.class))
        .ifPresent(b::occupancy);
    b.addAllMembers(
        list(
            n,
            t,
            "members",
            m ->
                Membership.of(
                    ResidentId.of(text(object(m, t), t, "members.resident")),
                    enumValue(m, t, "members.kind", MembershipKind.class),
                    validity(m, t, "validity"))));
    b.addAllCareNeeds(
        strings(n, t, "careNeeds", s -> Nodes.constant(s, t, "careNeeds", CareNeed.class)));
    return b.build();
  }

  void write(JsonGenerator g, Resident r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id().value());
    personal(g, "name", r.name());
    if (r.phone().isPresent()) {
      personal(g, "phone", r.phone().get());
    }
    if (r.idNumber().isPresent()) {
      personal(g, "idNumber", r.idNumber().get());
    }
    optionalString(g, "sex", r.sex());
    if (r.birthYear().isPresent()) {
      g.writeNumberField("birthYear", r.birthYear().getAsInt());
    }
    g.writeStringField("residency", r.residency().name());
    g.writeBooleanField("partyMember", r.isPartyMember());
    writeStrings(g, "roles", r.roles());
    g.writeEndObject();
  }

  static Resident resident(JsonNode n) {
    String t = "Resident";
    object(n, t);
    Resident.Builder b =
        Resident.builder()
            .id(ResidentId.of(text(n, t, "id")))
            .name(
                PersonName.of(
                    clearText(n, t, "name")
                        .orElseThrow(() -> invalid(t, "name", "", "is required"))));
    clearText(n, t, "phone").map(PhoneNumber::of).ifPresent(b::phone);
    clearText(n, t, "idNumber").map(IdCardNumber::of).ifPresent(b::idNumber);
    optionalText(n, t, "sex").map(s -> Nodes.constant(s, t, "sex", Sex.class)).ifPresent(b::sex);
    optional(n, "birthYear").ifPresent(y -> b.birthYear(integer(n, t, "birthYear")));
    optionalText(n, t, "residency")
        .map(s -> Nodes.constant(s, t, "residency", Residency.class))
        .ifPresent(b::residency);
    optionalBool(n, t, "partyMember").ifPresent(b::partyMember);
    b.addAllRoles(strings(n, t, "roles", s -> Nodes.constant(s, t, "roles", ResidentRole.class)));
    return b.build();
  }

  void write(JsonGenerator g, Responder r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id().value());
    g.writeStringField("role", r.role().name());
    g.writeStringField("tier", r.tier().name());
    if (r.name().isPresent()) {
      personal(g, "name", r.name().get());
    }
    optionalString(g, "organisation", r.organisation());
    optionalString(g, "resident", r.resident());
    if (r.phone().isPresent()) {
      personal(g, "phone", r.phone().get());
    }
    g.writeArrayFieldStart("coverage");
    for (AreaRef a : r.coverage()) {
      g.writeString(a.toString());
    }
    g.writeEndArray();
    writeStrings(g, "skills", r.skills());
    g.writeNumberField("capacity", r.capacity());
    g.writeBooleanField("onDuty", r.isOnDuty());
    g.writeBooleanField("partyMember", r.isPartyMember());
    g.writeBooleanField("insured", r.isInsured());
    optionalString(g, "department", r.department());
    g.writeEndObject();
  }

  static Responder responder(JsonNode n) {
    String t = "Responder";
    object(n, t);
    Responder.Builder b =
        Responder.builder()
            .id(ResponderId.of(text(n, t, "id")))
            .role(enumValue(n, t, "role", ResponderRole.class))
            .capacity(integer(n, t, "capacity"));
    optionalText(n, t, "tier")
        .map(s -> Nodes.constant(s, t, "tier", Tier.class))
        .ifPresent(b::tier);
    clearText(n, t, "name").map(PersonName::of).ifPresent(b::name);
    optionalText(n, t, "organisation").ifPresent(b::organisation);
    optionalText(n, t, "resident").map(ResidentId::of).ifPresent(b::resident);
    clearText(n, t, "phone").map(PhoneNumber::of).ifPresent(b::phone);
    b.addAllCoverage(strings(n, t, "coverage", AreaRef::parse));
    b.addAllSkills(strings(n, t, "skills", Skill::of));
    optionalBool(n, t, "onDuty").ifPresent(b::onDuty);
    optionalBool(n, t, "partyMember").ifPresent(b::partyMember);
    optionalBool(n, t, "insured").ifPresent(b::insured);
    optionalText(n, t, "department").map(Department::of).ifPresent(b::department);
    return b.build();
  }

  void write(JsonGenerator g, VolunteerTeam x) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.id().value());
    g.writeStringField("name", x.name());
    g.writeStringField("kind", x.kind().name());
    g.writeStringField("community", x.community().value());
    writeStrings(g, "skills", x.skills());
    writeStrings(g, "members", x.members());
    optionalString(g, "leader", x.leader());
    g.writeNumberField("capacity", x.capacity());
    g.writeEndObject();
  }

  static VolunteerTeam team(JsonNode n) {
    String t = "VolunteerTeam";
    object(n, t);
    VolunteerTeam.Builder b =
        VolunteerTeam.builder()
            .id(TeamId.of(text(n, t, "id")))
            .name(text(n, t, "name"))
            .kind(enumValue(n, t, "kind", TeamKind.class))
            .community(CommunityId.of(text(n, t, "community")))
            .capacity(integer(n, t, "capacity"));
    b.addAllSkills(strings(n, t, "skills", Skill::of));
    b.addAllMembers(strings(n, t, "members", ResponderId::of));
    optionalText(n, t, "leader").map(ResponderId::of).ifPresent(b::leader);
    return b.build();
  }

  void write(JsonGenerator g, Jurisdiction j) throws IOException {
    g.writeStartObject();
    g.writeNumberField("format", FORMAT_VERSION);
    g.writeStringField("type", "jurisdiction");
    g.writeStringField("personalData", options.personalData().name());
    SizeLimits l = j.sizeLimits();
    g.writeObjectFieldStart("sizeLimits");
    g.writeNumberField("communityMinHouseholds", l.communityMinHouseholds());
    g.writeNumberField("communityMaxHouseholds", l.communityMaxHouseholds());
    g.writeNumberField("gridMinHouseholds", l.gridMinHouseholds());
    g.writeNumberField("gridMaxHouseholds", l.gridMaxHouseholds());
    g.writeEndObject();
    g.writeArrayFieldStart("streets");
    for (Street s : j.streets()) {
      write(g, s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("communities");
    for (Community c : j.communities()) {
      write(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("grids");
    for (Grid x : j.grids()) {
      write(g, x);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("compounds");
    for (Compound c : j.compounds()) {
      write(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("buildings");
    for (Building b : j.buildings()) {
      write(g, b);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("households");
    for (Household h : (Iterable<Household>) j.households()::iterator) {
      write(g, h);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("residents");
    for (Resident r : j.residents()) {
      write(g, r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("responders");
    for (Responder r : j.responders()) {
      write(g, r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("teams");
    for (VolunteerTeam x : j.teams()) {
      write(g, x);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The registry a document describes, read as a stream: each entity is read as a small tree and
   * added, so a registry of a million households never sits in memory as one tree; then built and
   * validated as {@link Jurisdiction.Builder#build()} builds it, every broken rule and dangling
   * reference in one exception.
   */
  static Jurisdiction jurisdiction(com.fasterxml.jackson.core.JsonParser p) throws IOException {
    String t = "Jurisdiction";
    if (p.currentToken() == null) {
      p.nextToken();
    }
    if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
      throw invalid(t, "(document)", String.valueOf(p.currentToken()), "must be a JSON object");
    }
    Jurisdiction.Builder b = Jurisdiction.builder();
    com.fasterxml.jackson.databind.node.ObjectNode head =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      Function<JsonNode, ?> read = ENTITIES.get(field);
      if (read == null) {
        head.set(field, p.readValueAsTree());
        continue;
      }
      if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
        throw invalid(t, field, "(" + p.currentToken() + ")", "must be an array");
      }
      while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
        add(b, read.apply(p.readValueAsTree()));
      }
    }
    version(head, t, "jurisdiction");
    optional(head, "sizeLimits")
        .ifPresent(
            l ->
                b.sizeLimits(
                    SizeLimits.builder()
                        .communityMinHouseholds(integer(l, t, "sizeLimits.communityMinHouseholds"))
                        .communityMaxHouseholds(integer(l, t, "sizeLimits.communityMaxHouseholds"))
                        .gridMinHouseholds(integer(l, t, "sizeLimits.gridMinHouseholds"))
                        .gridMaxHouseholds(integer(l, t, "sizeLimits.gridMaxHouseholds"))
                        .build()));
    return b.build();
  }

  private static final Map<String, Function<JsonNode, ?>> ENTITIES =
      Map.of(
          "streets",
          ModelJson::street,
          "communities",
          ModelJson::community,
          "grids",
          ModelJson::grid,
          "compounds",
          ModelJson::compound,
          "buildings",
          ModelJson::building,
          "households",
          ModelJson::household,
          "residents",
          ModelJson::resident,
          "responders",
          ModelJson::responder,
          "teams",
          ModelJson::team);

  private static void add(Jurisdiction.Builder b, Object entity) {
    if (entity instanceof Street street) {
      b.addStreet(street);
    } else if (entity instanceof Community community) {
      b.addCommunity(community);
    } else if (entity instanceof Grid grid) {
      b.addGrid(grid);
    } else if (entity instanceof Compound compound) {
      b.addCompound(compound);
    } else if (entity instanceof Building building) {
      b.addBuilding(building);
    } else if (entity instanceof Household household) {
      b.addHousehold(household);
    } else if (entity instanceof Resident resident) {
      b.addResident(resident);
    } else if (entity instanceof Responder responder) {
      b.addResponder(responder);
    } else {
      b.addTeam((VolunteerTeam) entity);
    }
  }

  static void version(JsonNode n, String t, String type) {
    int format = integer(n, t, "format");
    if (format != FORMAT_VERSION) {
      throw invalid(
          t,
          "format",
          Integer.toString(format),
          "must be " + FORMAT_VERSION + ", the format this version reads");
    }
    String named = text(n, t, "type");
    if (!named.equals(type)) {
      throw invalid(t, "type", Checks.abbreviate(named), "must be " + type);
    }
  }

  // ---- commands --------------------------------------------------------------------------------

  void write(JsonGenerator g, io.github.gridgov.rules.command.OrderCommand c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("format", FORMAT_VERSION);
    g.writeStringField("type", "order-command");
    g.writeStringField("personalData", options.personalData().name());
    g.writeStringField("order", c.order().value());
    g.writeStringField("kind", c.kind().name());
    g.writeStringField("actor", c.actor().toString());
    g.writeStringField("at", time(c.at()));
    if (c.report().isPresent()) {
      g.writeFieldName("report");
      write(g, c.report().get());
    }
    if (c.dispatch().isPresent()) {
      g.writeFieldName("dispatch");
      write(g, c.dispatch().get());
    }
    if (c.text().isPresent()) {
      freeText(g, "text", c.text().get());
    }
    if (c.rating().isPresent()) {
      g.writeFieldName("rating");
      write(g, c.rating().get());
    }
    optionalString(g, "until", c.until());
    optionalString(g, "tier", c.tier());
    optionalString(g, "responder", c.responder());
    optionalString(g, "claimer", c.claimer());
    if (c.approved().isPresent()) {
      g.writeBooleanField("approved", c.approved().get());
    }
    optionalString(g, "flag", c.flag());
    optionalString(g, "urgency", c.urgency());
    g.writeEndObject();
  }

  static io.github.gridgov.rules.command.OrderCommand command(JsonNode n) {
    String t = "OrderCommand";
    object(n, t);
    version(n, t, "order-command");
    io.github.gridgov.rules.command.OrderCommand.Builder b =
        io.github.gridgov.rules.command.OrderCommand.builder()
            .order(OrderId.of(text(n, t, "order")))
            .kind(enumValue(n, t, "kind", io.github.gridgov.rules.command.OrderCommand.Kind.class))
            .actor(Actor.parse(text(n, t, "actor")))
            .at(instant(n, t, "at"));
    optional(n, "report").map(ModelJson::order).ifPresent(b::report);
    optional(n, "dispatch").map(ModelJson::dispatch).ifPresent(b::dispatch);
    clearText(n, t, "text").ifPresent(b::text);
    optional(n, "rating").map(ModelJson::rating).ifPresent(b::rating);
    optionalText(n, t, "until").map(s -> instant(s, t, "until")).ifPresent(b::until);
    optionalText(n, t, "tier")
        .map(s -> Nodes.constant(s, t, "tier", Tier.class))
        .ifPresent(b::tier);
    optionalText(n, t, "responder").map(ResponderId::of).ifPresent(b::responder);
    optionalText(n, t, "claimer").map(Assignee::parse).ifPresent(b::claimer);
    optionalBool(n, t, "approved").ifPresent(b::approved);
    optionalText(n, t, "flag")
        .map(s -> Nodes.constant(s, t, "flag", OrderFlag.class))
        .ifPresent(b::flag);
    optionalText(n, t, "urgency")
        .map(s -> Nodes.constant(s, t, "urgency", Urgency.class))
        .ifPresent(b::urgency);
    return b.build();
  }

  // ---- orders ----------------------------------------------------------------------------------

  void write(JsonGenerator g, Deadlines d) throws IOException {
    g.writeStartObject();
    g.writeStringField("acceptBy", time(d.acceptBy()));
    g.writeStringField("resolveBy", time(d.resolveBy()));
    g.writeEndObject();
  }

  static Deadlines deadlines(JsonNode n) {
    String t = "Deadlines";
    object(n, t);
    return Deadlines.of(instant(n, t, "acceptBy"), instant(n, t, "resolveBy"));
  }

  void write(JsonGenerator g, Dispatch d) throws IOException {
    g.writeStartObject();
    g.writeStringField("assignee", d.assignee().toString());
    g.writeStringField("tier", d.tier().name());
    g.writeFieldName("deadlines");
    write(g, d.deadlines());
    g.writeEndObject();
  }

  static Dispatch dispatch(JsonNode n) {
    String t = "Dispatch";
    object(n, t);
    return Dispatch.of(
        Assignee.parse(text(n, t, "assignee")),
        enumValue(n, t, "tier", Tier.class),
        deadlines(Nodes.required(n, t, "deadlines")));
  }

  void write(JsonGenerator g, Rating r) throws IOException {
    g.writeStartObject();
    g.writeStringField("satisfaction", r.satisfaction().name());
    g.writeBooleanField("resolved", r.isResolved());
    if (r.comment().isPresent()) {
      freeText(g, "comment", r.comment().get());
    }
    g.writeEndObject();
  }

  static Rating rating(JsonNode n) {
    String t = "Rating";
    object(n, t);
    Satisfaction s = enumValue(n, t, "satisfaction", Satisfaction.class);
    boolean resolved = bool(n, t, "resolved");
    Optional<String> comment = clearText(n, t, "comment");
    return comment.isPresent() ? Rating.of(s, resolved, comment.get()) : Rating.of(s, resolved);
  }

  void write(JsonGenerator g, OrderEvent e) throws IOException {
    g.writeStartObject();
    g.writeNumberField("sequence", e.sequence());
    g.writeStringField("step", e.step().name());
    g.writeStringField("from", e.fromStatus().name());
    g.writeStringField("to", e.toStatus().name());
    g.writeStringField("actor", e.actor().toString());
    g.writeStringField("at", time(e.at()));
    if (e.reason().isPresent()) {
      freeText(g, "reason", e.reason().get());
    }
    if (e.dispatch().isPresent()) {
      g.writeFieldName("dispatch");
      write(g, e.dispatch().get());
    }
    if (e.rating().isPresent()) {
      g.writeFieldName("rating");
      write(g, e.rating().get());
    }
    optionalString(g, "referral", e.referral());
    optionalString(g, "relatedOrder", e.relatedOrder());
    optionalString(g, "flag", e.flag());
    if (e.approved().isPresent()) {
      g.writeBooleanField("approved", e.approved().get());
    }
    optionalString(g, "urgency", e.urgency());
    optionalString(g, "trigger", e.trigger());
    writeStrings(g, "summonedDepartments", e.summonedDepartments());
    optionalString(g, "department", e.department());
    optionalString(g, "tier", e.tier());
    optionalString(g, "dueBy", e.dueBy());
    writeStrings(g, "careNeeds", e.careNeeds());
    writeStrings(g, "offeredTo", e.offeredTo());
    g.writeEndObject();
  }

  static OrderEvent event(JsonNode n) {
    String t = "OrderEvent";
    object(n, t);
    OrderEvent.Builder b =
        OrderEvent.builder()
            .sequence(integer(n, t, "sequence"))
            .step(enumValue(n, t, "step", OrderStep.class))
            .fromStatus(enumValue(n, t, "from", OrderStatus.class))
            .toStatus(enumValue(n, t, "to", OrderStatus.class))
            .actor(Actor.parse(text(n, t, "actor")))
            .at(instant(n, t, "at"));
    clearText(n, t, "reason").ifPresent(b::reason);
    optional(n, "dispatch").map(ModelJson::dispatch).ifPresent(b::dispatch);
    optional(n, "rating").map(ModelJson::rating).ifPresent(b::rating);
    optionalText(n, t, "referral")
        .map(s -> Nodes.constant(s, t, "referral", ReferralTarget.class))
        .ifPresent(b::referral);
    optionalText(n, t, "relatedOrder").map(OrderId::of).ifPresent(b::relatedOrder);
    optionalText(n, t, "flag")
        .map(s -> Nodes.constant(s, t, "flag", OrderFlag.class))
        .ifPresent(b::flag);
    optionalBool(n, t, "approved").ifPresent(b::approved);
    optionalText(n, t, "urgency")
        .map(s -> Nodes.constant(s, t, "urgency", Urgency.class))
        .ifPresent(b::urgency);
    optionalText(n, t, "trigger")
        .map(s -> Nodes.constant(s, t, "trigger", EscalationTrigger.class))
        .ifPresent(b::trigger);
    b.addAllSummonedDepartments(strings(n, t, "summonedDepartments", Department::of));
    optionalText(n, t, "department").map(Department::of).ifPresent(b::department);
    optionalText(n, t, "tier")
        .map(s -> Nodes.constant(s, t, "tier", Tier.class))
        .ifPresent(b::tier);
    optionalText(n, t, "dueBy").map(s -> instant(s, t, "dueBy")).ifPresent(b::dueBy);
    b.addAllCareNeeds(
        strings(n, t, "careNeeds", s -> Nodes.constant(s, t, "careNeeds", CareNeed.class)));
    b.addAllOfferedTo(strings(n, t, "offeredTo", Assignee::parse));
    return b.build();
  }

  private void write(JsonGenerator g, Reporter r) throws IOException {
    g.writeObjectFieldStart("reporter");
    if (r.name().isPresent()) {
      personal(g, "name", r.name().get());
    }
    if (r.phone().isPresent()) {
      personal(g, "phone", r.phone().get());
    }
    if (r.email().isPresent()) {
      personal(g, "email", r.email().get());
    }
    g.writeEndObject();
  }

  static Reporter reporter(JsonNode n) {
    String t = "Reporter";
    object(n, t);
    Reporter.Builder b = Reporter.builder();
    clearText(n, t, "name").map(PersonName::of).ifPresent(b::name);
    clearText(n, t, "phone").map(PhoneNumber::of).ifPresent(b::phone);
    clearText(n, t, "email").map(EmailAddress::of).ifPresent(b::email);
    return b.build();
  }

  void write(JsonGenerator g, ServiceOrder o) throws IOException {
    g.writeStartObject();
    g.writeNumberField("format", FORMAT_VERSION);
    g.writeStringField("type", "service-order");
    g.writeStringField("personalData", options.personalData().name());
    g.writeStringField("id", o.id().value());
    g.writeStringField("kind", o.kind().name());
    g.writeStringField("category", o.category().code());
    g.writeStringField("origin", o.origin().name());
    g.writeStringField("location", o.location().toString());
    g.writeStringField("scope", o.scope().name());
    writeStrings(g, "reportedFlags", o.reportedFlags());
    writeStrings(g, "reportedCareNeeds", o.reportedCareNeeds());
    g.writeStringField("urgency", o.urgency().name());
    optionalString(g, "requester", o.requester());
    if (o.reporter().isPresent()) {
      write(g, o.reporter().get());
    }
    if (o.description().isPresent()) {
      freeText(g, "description", o.description().get());
    }
    if (!o.media().isEmpty()) {
      g.writeArrayFieldStart("media");
      for (java.net.URI link : o.media()) {
        g.writeString(link.toString());
      }
      g.writeEndArray();
    }
    g.writeStringField("reportedAt", time(o.reportedAt()));
    g.writeStringField("status", o.status().name());
    g.writeArrayFieldStart("events");
    for (OrderEvent e : o.events()) {
      write(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code text} as a URI, or the field's refusal. */
  private static java.net.URI uri(String text, String type, String field) {
    try {
      return new java.net.URI(text);
    } catch (java.net.URISyntaxException e) {
      throw invalid(type, field, Checks.abbreviate(text), "must hold URLs");
    }
  }

  /**
   * The order a document describes: its reported facts through the builder, then its events, the
   * whole trail held to the lifecycle's rules ({@link ServiceOrder#replay}).
   */
  static ServiceOrder order(JsonNode n) {
    String t = "ServiceOrder";
    object(n, t);
    version(n, t, "service-order");
    ServiceOrder.Builder b =
        ServiceOrder.builder()
            .id(OrderId.of(text(n, t, "id")))
            .kind(enumValue(n, t, "kind", OrderKind.class))
            .category(Category.of(text(n, t, "category")))
            .origin(enumValue(n, t, "origin", Origin.class))
            .location(Location.parse(text(n, t, "location")))
            .reportedAt(instant(n, t, "reportedAt"));
    optionalText(n, t, "scope")
        .map(s -> Nodes.constant(s, t, "scope", Scope.class))
        .ifPresent(b::scope);
    b.addAllReportedFlags(
        strings(
            n, t, "reportedFlags", s -> Nodes.constant(s, t, "reportedFlags", OrderFlag.class)));
    b.addAllReportedCareNeeds(
        strings(
            n,
            t,
            "reportedCareNeeds",
            s -> Nodes.constant(s, t, "reportedCareNeeds", CareNeed.class)));
    optionalText(n, t, "urgency")
        .map(s -> Nodes.constant(s, t, "urgency", Urgency.class))
        .ifPresent(b::urgency);
    optionalText(n, t, "requester").map(ResidentId::of).ifPresent(b::requester);
    optional(n, "reporter").map(ModelJson::reporter).ifPresent(b::reporter);
    clearText(n, t, "description").ifPresent(b::description);
    b.addAllMedia(strings(n, t, "media", s -> uri(s, t, "media")));
    ServiceOrder order = ServiceOrder.replay(b.build(), list(n, t, "events", ModelJson::event));
    optionalText(n, t, "status")
        .map(s -> Nodes.constant(s, t, "status", OrderStatus.class))
        .ifPresent(
            s -> {
              if (s != order.status()) {
                throw invalid(
                    t, "status", s.name(), "must be " + order.status() + ", where the events lead");
              }
            });
    return order;
  }
}

package io.github.gridgov.json;

import static io.github.gridgov.json.Nodes.enumValue;
import static io.github.gridgov.json.Nodes.instant;
import static io.github.gridgov.json.Nodes.integer;
import static io.github.gridgov.json.Nodes.invalid;
import static io.github.gridgov.json.Nodes.list;
import static io.github.gridgov.json.Nodes.object;
import static io.github.gridgov.json.Nodes.optionalText;
import static io.github.gridgov.json.Nodes.required;
import static io.github.gridgov.json.Nodes.strings;
import static io.github.gridgov.json.Nodes.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.inspection.Frequency;
import io.github.gridgov.core.inspection.InspectionKind;
import io.github.gridgov.core.inspection.InspectionPlan;
import io.github.gridgov.core.inspection.PlanId;
import io.github.gridgov.core.inspection.Visit;
import io.github.gridgov.core.lists.MemberUnit;
import io.github.gridgov.core.lists.MemberUnitId;
import io.github.gridgov.core.lists.MemberUnitKind;
import io.github.gridgov.core.lists.MenuItem;
import io.github.gridgov.core.lists.Need;
import io.github.gridgov.core.lists.NeedId;
import io.github.gridgov.core.lists.NeedSource;
import io.github.gridgov.core.lists.Project;
import io.github.gridgov.core.lists.ProjectId;
import io.github.gridgov.core.lists.ProjectStep;
import io.github.gridgov.core.lists.Provider;
import io.github.gridgov.core.lists.Resource;
import io.github.gridgov.core.lists.ResourceId;
import io.github.gridgov.core.lists.ServiceMenu;
import io.github.gridgov.core.lists.ThreeLists;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.rules.consultation.Body;
import io.github.gridgov.rules.consultation.Consultation;
import io.github.gridgov.rules.consultation.ConsultationId;
import io.github.gridgov.rules.consultation.ConsultationStep;
import io.github.gridgov.rules.consultation.DecisionRule;
import io.github.gridgov.rules.consultation.Opinion;
import io.github.gridgov.rules.consultation.Outcome;
import io.github.gridgov.rules.consultation.Participant;
import io.github.gridgov.rules.consultation.ParticipantId;
import io.github.gridgov.rules.consultation.Subject;
import io.github.gridgov.rules.deliberation.Matter;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.reason.RuleRef;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JSON of the community's work beyond orders — the three lists, the service menu, inspection
 * plans and visits, consultations — written and read back. A project and a consultation are read
 * through their steps, as an order is read through its lifecycle, so that a stored trail obeys the
 * same rules; free text (notes, opinions) is masked unless {@link JsonOptions#clear()}. Not API.
 */
final class WorkJson {
  private final ModelJson model;

  WorkJson(ModelJson model) {
    this.model = model;
  }

  // ---- the three lists ------------------------------------------------------------------------

  void write(JsonGenerator g, MemberUnit u) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", u.id().value());
    g.writeStringField("name", u.name());
    g.writeStringField("kind", u.kind().name());
    g.writeStringField("community", u.community().value());
    g.writeEndObject();
  }

  static MemberUnit unit(JsonNode n) {
    String t = "MemberUnit";
    object(n, t);
    return MemberUnit.builder()
        .id(MemberUnitId.of(text(n, t, "id")))
        .name(text(n, t, "name"))
        .kind(enumValue(n, t, "kind", MemberUnitKind.class))
        .community(CommunityId.of(text(n, t, "community")))
        .build();
  }

  private static void provider(JsonGenerator g, String field, Provider p) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("kind", p.kind().name());
    g.writeStringField("id", p.id().value());
    g.writeEndObject();
  }

  private static Provider provider(JsonNode object, String type, String field) {
    JsonNode n = required(object, type, field);
    String t = type + "." + field;
    object(n, t);
    String id = text(n, t, "id");
    return switch (enumValue(n, t, "kind", Provider.Kind.class)) {
      case MEMBER_UNIT -> Provider.of(MemberUnitId.of(id));
      case TEAM -> Provider.of(TeamId.of(id));
      default -> Provider.of(ResponderId.of(id));
    };
  }

  void write(JsonGenerator g, Need x) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.id().value());
    g.writeStringField("community", x.community().value());
    g.writeStringField("area", x.area().toString());
    g.writeStringField("title", x.title());
    ModelJson.writeStrings(g, "skills", x.skills());
    ModelJson.optionalString(g, "category", x.category());
    g.writeStringField("source", x.source().name());
    ModelJson.optionalString(g, "unit", x.unit());
    ModelJson.writeStrings(g, "orders", x.orders());
    g.writeNumberField("residents", x.residents());
    g.writeStringField("raisedAt", ModelJson.time(x.raisedAt()));
    g.writeEndObject();
  }

  static Need need(JsonNode n) {
    String t = "Need";
    object(n, t);
    Need.Builder b =
        Need.builder()
            .id(NeedId.of(text(n, t, "id")))
            .community(CommunityId.of(text(n, t, "community")))
            .area(AreaRef.parse(text(n, t, "area")))
            .title(text(n, t, "title"))
            .source(enumValue(n, t, "source", NeedSource.class))
            .residents(integer(n, t, "residents"))
            .raisedAt(instant(n, t, "raisedAt"));
    b.addAllSkills(strings(n, t, "skills", Skill::of));
    optionalText(n, t, "category").map(Category::of).ifPresent(b::category);
    optionalText(n, t, "unit").map(MemberUnitId::of).ifPresent(b::unit);
    b.addAllOrders(strings(n, t, "orders", OrderId::of));
    return b.build();
  }

  void write(JsonGenerator g, Resource x) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.id().value());
    provider(g, "provider", x.provider());
    g.writeStringField("community", x.community().value());
    g.writeStringField("title", x.title());
    ModelJson.writeStrings(g, "skills", x.skills());
    g.writeStringField("area", x.area().toString());
    g.writeNumberField("capacity", x.capacity());
    ModelJson.writeStrings(g, "days", x.days());
    g.writeEndObject();
  }

  static Resource resource(JsonNode n) {
    String t = "Resource";
    object(n, t);
    Resource.Builder b =
        Resource.builder()
            .id(ResourceId.of(text(n, t, "id")))
            .provider(provider(n, t, "provider"))
            .community(CommunityId.of(text(n, t, "community")))
            .title(text(n, t, "title"))
            .area(AreaRef.parse(text(n, t, "area")))
            .capacity(integer(n, t, "capacity"));
    b.addAllSkills(strings(n, t, "skills", Skill::of));
    b.addAllDays(strings(n, t, "days", d -> Nodes.constant(d, t, "days", DayOfWeek.class)));
    return b.build();
  }

  /**
   * Opens a trail step's object with what every step has — its place in the trail, kind, actor,
   * time and note (free text, masked unless clear) — as {@link #trail} reads them back.
   */
  private void stepHead(
      JsonGenerator g,
      int sequence,
      Enum<?> kind,
      io.github.gridgov.core.order.Actor actor,
      java.time.Instant at,
      java.util.Optional<String> note)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("sequence", sequence);
    g.writeStringField("kind", kind.name());
    g.writeStringField("actor", actor.toString());
    g.writeStringField("at", ModelJson.time(at));
    if (note.isPresent()) {
      model.freeText(g, "note", note.get());
    }
  }

  void write(JsonGenerator g, Project p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id().value());
    g.writeStringField("name", p.name());
    g.writeStringField("community", p.community().value());
    ModelJson.writeStrings(g, "needs", p.needs());
    g.writeStringField("status", p.status().name());
    g.writeArrayFieldStart("steps");
    for (ProjectStep s : p.steps()) {
      stepHead(g, s.sequence(), s.kind(), s.actor(), s.at(), s.note());
      if (s.claimer().isPresent()) {
        provider(g, "claimer", s.claimer().get());
      }
      ModelJson.optionalString(g, "resource", s.resource());
      ModelJson.writeStrings(g, "volunteers", s.volunteers());
      if (s.hoursEach().isPresent()) {
        g.writeStringField("hoursEach", s.hoursEach().get().toPlainString());
      }
      if (s.rating().isPresent()) {
        g.writeFieldName("rating");
        model.write(g, s.rating().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A project read through its steps: each is the project's own step method, so a broken trail is refused. */
  static Project project(JsonNode n) {
    String t = "Project";
    object(n, t);
    List<Head<ProjectStep.Kind>> steps = trail(n, t, ProjectStep.Kind.class, ProjectStep.Kind.LIST);
    Head<ProjectStep.Kind> first = steps.get(0);
    Project p =
        Project.list(
            ProjectId.of(text(n, t, "id")),
            text(n, t, "name"),
            CommunityId.of(text(n, t, "community")),
            strings(n, t, "needs", NeedId::of),
            first.by(),
            first.at());
    for (Head<ProjectStep.Kind> h : steps.subList(1, steps.size())) {
      JsonNode s = h.node();
      String st = h.path();
      switch (h.kind()) {
        case CLAIM ->
            p =
                p.claim(
                    h.by(),
                    provider(s, st, "claimer"),
                    ResourceId.of(text(s, st, "resource")),
                    h.at());
        case PROGRESS -> p = p.progress(h.by(), h.note(), h.at());
        case COMPLETE ->
            p =
                p.complete(
                    h.by(),
                    h.note(),
                    strings(s, st, "volunteers", ResponderId::of),
                    decimal(s, st, "hoursEach"),
                    h.at());
        case EVALUATE ->
            p = p.evaluate(h.by(), ModelJson.rating(required(s, st, "rating")), h.at());
        case CANCEL -> p = p.cancel(h.by(), h.note(), h.at());
        default -> throw invalid(st, "kind", h.kind().name(), "LIST only comes first");
      }
    }
    return p;
  }

  /** What every step of a trail has — its kind, actor and time — with its node and path, its sequence checked. */
  private record Head<K>(JsonNode node, String path, K kind, Actor by, Instant at) {
    /** The step's note, which its kind requires. */
    String note() {
      return ModelJson.clearText(node, path, "note")
          .orElseThrow(() -> invalid(path, "note", "", "is required"));
    }
  }

  /** The steps of a trail, numbered 1, 2, … and starting with {@code first}; refused otherwise. */
  private static <K extends Enum<K>> List<Head<K>> trail(
      JsonNode n, String t, Class<K> kinds, K first) {
    List<JsonNode> nodes = list(n, t, "steps", s -> s);
    if (nodes.isEmpty()) {
      throw invalid(t, "steps", "[]", "must start with " + first.name());
    }
    List<Head<K>> heads = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode s = nodes.get(i);
      String st = t + ".steps[" + i + "]";
      object(s, st);
      int sequence = integer(s, st, "sequence");
      if (sequence != i + 1) {
        throw invalid(st, "sequence", Integer.toString(sequence), "must be " + (i + 1));
      }
      K kind = enumValue(s, st, "kind", kinds);
      if ((i == 0) != (kind == first)) {
        throw invalid(
            st,
            "kind",
            kind.name(),
            i == 0
                ? "must be " + first.name() + " for the first step"
                : first.name() + " only comes first");
      }
      heads.add(new Head<>(s, st, kind, Actor.parse(text(s, st, "actor")), instant(s, st, "at")));
    }
    return heads;
  }

  private static BigDecimal decimal(JsonNode object, String type, String field) {
    String v = text(object, type, field);
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw invalid(
          type, field, Nodes.shown(required(object, type, field)), "must be a decimal number");
    }
  }

  void write(JsonGenerator g, ThreeLists l) throws IOException {
    g.writeStartObject();
    g.writeNumberField("format", ModelJson.FORMAT_VERSION);
    g.writeStringField("type", "three-lists");
    g.writeStringField("personalData", model.options().personalData().name());
    g.writeStringField("community", l.community().value());
    g.writeArrayFieldStart("units");
    for (MemberUnit u : l.units()) {
      write(g, u);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("needs");
    for (Need x : l.needs()) {
      write(g, x);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("resources");
    for (Resource x : l.resources()) {
      write(g, x);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("projects");
    for (Project x : l.projects()) {
      write(g, x);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static ThreeLists lists(JsonNode n) {
    String t = "ThreeLists";
    object(n, t);
    ModelJson.version(n, t, "three-lists");
    return ThreeLists.builder()
        .community(CommunityId.of(text(n, t, "community")))
        .addAllUnits(list(n, t, "units", WorkJson::unit))
        .addAllNeeds(list(n, t, "needs", WorkJson::need))
        .addAllResources(list(n, t, "resources", WorkJson::resource))
        .addAllProjects(list(n, t, "projects", WorkJson::project))
        .build();
  }

  void write(JsonGenerator g, ServiceMenu m) throws IOException {
    g.writeStartObject();
    g.writeStringField("community", m.community().value());
    g.writeArrayFieldStart("items");
    for (MenuItem i : m.items()) {
      g.writeStartObject();
      g.writeStringField("category", i.category().code());
      g.writeStringField("title", i.title());
      g.writeStringField("hours", i.hours().toPlainString());
      g.writeNumberField("points", i.points());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static ServiceMenu menu(JsonNode n) {
    String t = "ServiceMenu";
    object(n, t);
    return ServiceMenu.builder()
        .community(CommunityId.of(text(n, t, "community")))
        .addAllItems(
            list(
                n,
                t,
                "items",
                i -> {
                  String it = "MenuItem";
                  object(i, it);
                  return MenuItem.builder()
                      .category(Category.of(text(i, it, "category")))
                      .title(text(i, it, "title"))
                      .hours(decimal(i, it, "hours"))
                      .points(integer(i, it, "points"))
                      .build();
                }))
        .build();
  }

  // ---- inspections ----------------------------------------------------------------------------

  void write(JsonGenerator g, InspectionPlan p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id().value());
    g.writeStringField("name", p.name());
    g.writeStringField("community", p.community().value());
    g.writeStringField("kind", p.kind().name());
    g.writeStringField("area", p.area().toString());
    g.writeStringField("frequency", p.frequency().name());
    ModelJson.writeStrings(g, "responders", p.responders());
    ModelJson.writeStrings(g, "lookFor", p.lookFor());
    g.writeEndObject();
  }

  static InspectionPlan plan(JsonNode n) {
    String t = "InspectionPlan";
    object(n, t);
    return InspectionPlan.builder()
        .id(PlanId.of(text(n, t, "id")))
        .name(text(n, t, "name"))
        .community(CommunityId.of(text(n, t, "community")))
        .kind(enumValue(n, t, "kind", InspectionKind.class))
        .area(AreaRef.parse(text(n, t, "area")))
        .frequency(enumValue(n, t, "frequency", Frequency.class))
        .addAllResponders(strings(n, t, "responders", ResponderId::of))
        .addAllLookFor(strings(n, t, "lookFor", Category::of))
        .build();
  }

  void write(JsonGenerator g, Visit v) throws IOException {
    g.writeStartObject();
    g.writeStringField("plan", v.plan().value());
    g.writeStringField("responder", v.responder().value());
    g.writeStringField("building", v.building().value());
    ModelJson.optionalString(g, "household", v.household());
    g.writeStringField("at", ModelJson.time(v.at()));
    if (v.note().isPresent()) {
      model.freeText(g, "note", v.note().get());
    }
    ModelJson.writeStrings(g, "orders", v.orders());
    g.writeEndObject();
  }

  static Visit visit(JsonNode n) {
    String t = "Visit";
    object(n, t);
    Visit.Builder b =
        Visit.builder()
            .plan(PlanId.of(text(n, t, "plan")))
            .responder(ResponderId.of(text(n, t, "responder")))
            .building(BuildingId.of(text(n, t, "building")))
            .at(instant(n, t, "at"));
    optionalText(n, t, "household").map(HouseholdId::of).ifPresent(b::household);
    ModelJson.clearText(n, t, "note").ifPresent(b::note);
    b.addAllOrders(strings(n, t, "orders", OrderId::of));
    return b.build();
  }

  // ---- consultations --------------------------------------------------------------------------

  void write(JsonGenerator g, Consultation c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("format", ModelJson.FORMAT_VERSION);
    g.writeStringField("type", "consultation");
    g.writeStringField("personalData", model.options().personalData().name());
    g.writeStringField("id", c.id().value());
    g.writeStringField("community", c.community().value());
    g.writeStringField("area", c.area().toString());
    g.writeStringField("topic", c.topic());
    g.writeStringField("subject", c.subject().name());
    ModelJson.optionalString(g, "matter", c.matter());
    g.writeArrayFieldStart("participants");
    for (Participant p : c.participants()) {
      g.writeStartObject();
      g.writeStringField("id", p.id().value());
      g.writeStringField("body", p.body().name());
      g.writeStringField("role", p.role());
      ModelJson.optionalString(g, "unit", p.unit());
      g.writeEndObject();
    }
    g.writeEndArray();
    ModelJson.writeStrings(g, "sourceOrders", c.sourceOrders());
    g.writeStringField("stage", c.stage().name());
    g.writeArrayFieldStart("steps");
    for (ConsultationStep s : c.steps()) {
      stepHead(g, s.sequence(), s.kind(), s.actor(), s.at(), s.note());
      if (s.opinionsGathered().isPresent()) {
        g.writeNumberField("opinionsGathered", s.opinionsGathered().get());
      }
      ModelJson.optionalString(g, "meetingAt", s.meetingAt());
      if (!s.opinions().isEmpty()) {
        g.writeArrayFieldStart("opinions");
        for (Opinion o : s.opinions()) {
          g.writeStartObject();
          g.writeStringField("participant", o.participant().value());
          g.writeStringField("stance", o.stance().name());
          model.freeText(g, "text", o.text());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (s.outcome().isPresent()) {
        Outcome o = s.outcome().get();
        g.writeObjectFieldStart("outcome");
        g.writeStringField("rule", o.rule().name());
        g.writeBooleanField("adopted", o.isAdopted());
        g.writeArrayFieldStart("reasons");
        for (Reason r : o.reasons()) {
          DecisionJson.writeReason(g, r, Optional.empty());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      ModelJson.optionalString(g, "publicUntil", s.publicUntil());
      ModelJson.writeStrings(g, "orders", s.orders());
      ModelJson.writeStrings(g, "projects", s.projects());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A consultation read through its steps: each is the consultation's own step method. */
  static Consultation consultation(JsonNode n) {
    String t = "Consultation";
    object(n, t);
    ModelJson.version(n, t, "consultation");
    Consultation.Builder b =
        Consultation.builder()
            .id(ConsultationId.of(text(n, t, "id")))
            .community(CommunityId.of(text(n, t, "community")))
            .area(AreaRef.parse(text(n, t, "area")))
            .topic(text(n, t, "topic"))
            .subject(enumValue(n, t, "subject", Subject.class));
    optionalText(n, t, "matter")
        .map(m -> Nodes.constant(m, t, "matter", Matter.class))
        .ifPresent(b::matter);
    b.addAllParticipants(
        list(
            n,
            t,
            "participants",
            p -> {
              String pt = "Participant";
              object(p, pt);
              ParticipantId id = ParticipantId.of(text(p, pt, "id"));
              Body body = enumValue(p, pt, "body", Body.class);
              Optional<String> unit = optionalText(p, pt, "unit");
              return unit.isPresent()
                  ? Participant.of(id, MemberUnitId.of(unit.get()), text(p, pt, "role"))
                  : Participant.of(id, body, text(p, pt, "role"));
            }));
    b.addAllSourceOrders(strings(n, t, "sourceOrders", OrderId::of));
    List<Head<ConsultationStep.Kind>> steps =
        trail(n, t, ConsultationStep.Kind.class, ConsultationStep.Kind.PROPOSE);
    Head<ConsultationStep.Kind> first = steps.get(0);
    Consultation c =
        b.propose(first.by(), integer(first.node(), first.path(), "opinionsGathered"), first.at());
    for (Head<ConsultationStep.Kind> h : steps.subList(1, steps.size())) {
      JsonNode s = h.node();
      String st = h.path();
      switch (h.kind()) {
        case NOTIFY -> c = c.notifyParticipants(h.by(), instant(s, st, "meetingAt"), h.at());
        case DELIBERATE ->
            c =
                c.deliberate(
                    h.by(),
                    list(
                        s,
                        st,
                        "opinions",
                        o -> {
                          String ot = st + ".opinions";
                          object(o, ot);
                          return Opinion.of(
                              ParticipantId.of(text(o, ot, "participant")),
                              enumValue(o, ot, "stance", Opinion.Stance.class),
                              ModelJson.clearText(o, ot, "text")
                                  .orElseThrow(() -> invalid(ot, "text", "", "is required")));
                        }),
                    h.at());
        case DECIDE ->
            c = c.decide(h.by(), outcome(required(s, st, "outcome"), st + ".outcome"), h.at());
        case PUBLICISE -> c = c.publicise(h.by(), instant(s, st, "publicUntil"), h.at());
        case IMPLEMENT ->
            c =
                c.implement(
                    h.by(),
                    h.note(),
                    strings(s, st, "orders", OrderId::of),
                    strings(s, st, "projects", ProjectId::of),
                    h.at());
        case FEED_BACK -> c = c.feedBack(h.by(), h.note(), h.at());
        case WITHDRAW -> c = c.withdraw(h.by(), h.note(), h.at());
        default -> throw invalid(st, "kind", h.kind().name(), "PROPOSE only comes first");
      }
    }
    return c;
  }

  /**
   * An outcome read back: its rule, whether adopted, and its reasons with their rules, codes and
   * parameters as written (parameters are the machine text; they render as written).
   */
  private static Outcome outcome(JsonNode n, String t) {
    object(n, t);
    List<Reason> reasons =
        list(
            n,
            t,
            "reasons",
            r -> {
              String rt = t + ".reasons";
              object(r, rt);
              String code = text(r, rt, "rule");
              RuleRef rule = RULES.get(code);
              if (rule == null) {
                throw invalid(
                    rt,
                    "rule",
                    Nodes.shown(required(r, rt, "rule")),
                    "must be the code of one of gridgov's rules");
              }
              return Reason.of(rule, text(r, rt, "code"), strings(r, rt, "args", a -> a).toArray());
            });
    return Outcome.of(
        enumValue(n, t, "rule", DecisionRule.class),
        Nodes.bool(n, t, "adopted"),
        Reasons.of(reasons));
  }

  /** Every rule of gridgov, by code. */
  private static final Map<String, RuleRef> RULES = rules();

  private static Map<String, RuleRef> rules() {
    Map<String, RuleRef> all = new HashMap<>();
    Stream.of(
            io.github.gridgov.rules.triage.TriageRules.all(),
            io.github.gridgov.rules.assignment.AssignmentRules.all(),
            io.github.gridgov.rules.sla.SlaRules.all(),
            io.github.gridgov.rules.escalation.EscalationRules.all(),
            io.github.gridgov.rules.check.CheckRules.all(),
            io.github.gridgov.rules.compliance.ComplianceRules.all(),
            io.github.gridgov.rules.deliberation.DeliberationRules.all(),
            io.github.gridgov.rules.consultation.ConsultationRules.all(),
            io.github.gridgov.rules.lists.ListRules.all(),
            io.github.gridgov.rules.volunteer.VolunteerRules.all(),
            io.github.gridgov.rules.inspection.InspectionRules.all())
        .flatMap(List::stream)
        .forEach(r -> all.put(r.code(), r));
    return Map.copyOf(all);
  }
}

package io.github.gridgov.spring.open311;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.GovernanceException;
import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.Texts;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.GeoPoint;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.Reporter;
import io.github.gridgov.core.order.Scope;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;
import io.github.gridgov.core.people.EmailAddress;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.PhoneNumber;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.catalogue.CatalogueEntry;
import io.github.gridgov.rules.command.CommandResult;
import io.github.gridgov.rules.command.OrderCommand;
import io.github.gridgov.spring.RegistrySource;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Open311 GeoReport v2 in gridgov's terms: the dispatch catalogue as the services, a posted
 * service request as a report through intake into the order store, an order as a service request.
 *
 * <p>Mapping: {@code service_code} is the category's code, {@code service_name} its Chinese label
 * (the English one in {@code description}), {@code group} the tier it starts at. Every service
 * takes the same optional attributes ({@code services/{code}}), the facts triage weighs at intake:
 * {@code urgency}, {@code scope}, {@code kind} (single values) and {@code flags} (several), each
 * value a constant of the model's enum with its Chinese name. A request is located by {@code
 * address_id} (a household or building id of the registry), else by {@code lat}/{@code long}
 * (WGS-84; the nearest building with a position within {@link #maxDistanceMetres()}), else by
 * {@code address_string} (a building's address, exactly). The reporter's {@code first_name},
 * {@code last_name}, {@code phone} and {@code email} are stored with the order ({@link Reporter})
 * and never returned; the {@code description} is stored and not returned either (free text that
 * may hold personal data); {@code media_url} is kept with the order ({@link ServiceOrder#media()})
 * and returned; a request placed at a household is shown at its building ({@code
 * address} the building's address, {@code address_id} the building), never at the flat, since
 * anyone may read a jurisdiction's requests; {@code device_id} and {@code account_id} are accepted
 * and not kept (the model has no place for them). {@code status} is {@code open} while the order
 * is open, {@code closed} after; {@code status_notes} its status in Chinese; {@code
 * agency_responsible} the tier and owner in charge; {@code expected_datetime} the resolution
 * deadline in force. Times are ISO 8601 in Beijing time. Every service is {@code realtime}: a
 * request's id is returned at once and no token is ever issued.
 *
 * <p>Implementation Requirements: thread-safe.
 *
 * @since 0.1.0
 */
public final class GeoReport {
  private static final Actor OPEN311 = Actor.system("open311");
  private static final Texts ZH = Texts.chinese();
  private static final Texts EN = Texts.english();

  /** The specification token of GeoReport v2, as service discovery names it. */
  public static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

  /** The most requests one {@code GET requests} returns (the specification's limit). */
  public static final int MAX_REQUESTS = 1000;

  /** The longest span one {@code GET requests} may ask for (the specification's limit). */
  public static final java.time.Duration MAX_SPAN = java.time.Duration.ofDays(90);

  /**
   * The attributes of every service: code, datatype, the Chinese description and the enum whose
   * constants are the values, in the order shown to the resident.
   */
  private static final List<AttributeSpec> ATTRIBUTES =
      List.of(
          new AttributeSpec("urgency", false, "紧急程度（不选为一般）", Urgency.class),
          new AttributeSpec("scope", false, "影响范围（不选为一户）", Scope.class),
          new AttributeSpec("kind", false, "诉求类型（不选为举报）", OrderKind.class),
          new AttributeSpec("flags", true, "需要说明的情形（可多选）", OrderFlag.class));

  private final GovernanceRules rules;
  private final RegistrySource registry;
  private final JdbcOrderStore store;
  private final Clock clock;
  private final ApiKeyCheck keys;
  private final Settings settings;
  private final String changeset;
  private volatile Nearest nearest;

  /**
   * The mapping over these parts.
   *
   * @param settings the {@code jurisdiction_id} answered to, what discovery says, how far a
   *     building may be from {@code lat}/{@code long}
   */
  public GeoReport(
      GovernanceRules rules,
      RegistrySource registry,
      JdbcOrderStore store,
      Clock clock,
      ApiKeyCheck keys,
      Settings settings) {
    this.rules = requireNonNull(rules, "rules");
    this.registry = requireNonNull(registry, "registry");
    this.store = requireNonNull(store, "store");
    this.clock = requireNonNull(clock, "clock");
    this.keys = requireNonNull(keys, "keys");
    this.settings = requireNonNull(settings, "settings");
    // the services and their definitions come from the rules, fixed from now on
    this.changeset =
        clock
            .instant()
            .atZone(Texts.BEIJING)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }

  /**
   * What the endpoint answers to, what it says of itself in {@code discovery.(json|xml)}, and how
   * far it looks for a request's building.
   *
   * @param jurisdictionId the {@code jurisdiction_id} this platform answers to (a request naming
   *     another gets a 404)
   * @param contact how to reach the platform's maintainers (discovery's {@code contact})
   * @param keyService how to get an {@code api_key} (discovery's {@code key_service})
   * @param production whether the endpoint is live ({@code production}) or for testing ({@code
   *     test})
   * @param maxDistanceMetres how far from {@code lat}/{@code long} the nearest building may be
   */
  public record Settings(
      String jurisdictionId,
      String contact,
      String keyService,
      boolean production,
      int maxDistanceMetres) {
    /** Checks the parts. */
    public Settings {
      requireNonNull(jurisdictionId, "jurisdictionId");
      requireNonNull(contact, "contact");
      requireNonNull(keyService, "keyService");
      if (maxDistanceMetres < 1) {
        throw new IllegalArgumentException(
            "maxDistanceMetres " + maxDistanceMetres + " must be at least 1");
      }
    }
  }

  /** The jurisdiction id this platform answers to. */
  public String jurisdictionId() {
    return settings.jurisdictionId();
  }

  /** How far from a request's {@code lat}/{@code long} its building may be, in metres. */
  public int maxDistanceMetres() {
    return settings.maxDistanceMetres();
  }

  /** {@code GET discovery}: this endpoint, at {@code url}, and its formats. */
  public Map<String, Object> discovery(String url) {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("specification", SPECIFICATION);
    endpoint.put("url", url);
    endpoint.put("changeset", changeset);
    endpoint.put("type", settings.production() ? "production" : "test");
    endpoint.put("formats", List.of(GeoReportFormat.XML.mediaType, GeoReportFormat.JSON.mediaType));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("changeset", changeset);
    m.put("contact", settings.contact());
    m.put("key_service", settings.keyService());
    m.put("endpoints", List.of(endpoint));
    return m;
  }

  /**
   * {@code GET services}: every category of the dispatch catalogue, and {@code other} (其他, for
   * what fits none: the catalogue's fallback entry), by code.
   */
  public List<Map<String, Object>> services(Optional<String> jurisdiction) {
    checkJurisdiction(jurisdiction);
    List<CatalogueEntry> entries = new ArrayList<>(rules.catalogue().entries().values());
    if (!rules.catalogue().has(Category.OTHER)) {
      // 其他: what fits no category, handled by the catalogue's fallback entry
      entries.add(rules.catalogue().entry(Category.OTHER));
    }
    entries.sort(Comparator.comparing(e -> e.category().code()));
    List<Map<String, Object>> out = new ArrayList<>();
    for (CatalogueEntry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("service_code", e.category().code());
      m.put("service_name", ZH.label(e.category()));
      m.put("description", EN.label(e.category()));
      m.put("metadata", true);
      m.put("type", "realtime");
      m.put("keywords", e.category().code().replace('-', ' '));
      m.put("group", ZH.label(e.targetTier()));
      out.add(m);
    }
    return out;
  }

  /** {@code GET services/{code}}: the attributes the service takes, or a 404. */
  public Map<String, Object> definition(String code, Optional<String> jurisdiction) {
    checkJurisdiction(jurisdiction);
    Category category = service(code, 404);
    List<Map<String, Object>> attributes = new ArrayList<>();
    int order = 1;
    for (AttributeSpec a : ATTRIBUTES) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("variable", true);
      m.put("code", a.code());
      m.put("datatype", a.multiple() ? "multivaluelist" : "singlevaluelist");
      m.put("required", false);
      m.put("datatype_description", null);
      m.put("order", order++);
      m.put("description", a.description());
      List<Map<String, Object>> values = new ArrayList<>();
      for (Enum<?> v : a.values().getEnumConstants()) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", v.name());
        value.put("name", ZH.label((Labelled) v));
        values.add(value);
      }
      m.put("values", values);
      attributes.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("service_code", category.code());
    m.put("attributes", attributes);
    return m;
  }

  /**
   * {@code POST requests}: the form's fields, each name with the values it was given (a {@code
   * multivaluelist} attribute's several); returns the created request's id and notice.
   */
  public List<Map<String, Object>> post(Map<String, List<String>> form) {
    checkJurisdiction(Optional.ofNullable(one(form, "jurisdiction_id")));
    String key = one(form, "api_key");
    if (key == null || !keys.accepts(key)) {
      throw new Open311Exception(403, "api_key is missing or not accepted");
    }
    String code = one(form, "service_code");
    if (code == null || code.isBlank()) {
      throw new Open311Exception(400, "service_code is required");
    }
    Category category = service(code, 400);
    Map<String, List<String>> attributes = attributes(form);
    Jurisdiction j = registry.current();
    ServiceOrder order;
    try {
      ServiceOrder.Builder b =
          ServiceOrder.builder()
              .id(OrderId.of("OS-" + UUID.randomUUID()))
              .kind(single(attributes, "kind", OrderKind.class).orElse(OrderKind.REPORT))
              .category(category)
              .origin(Origin.RESIDENT)
              .location(locate(form, j))
              .reportedAt(clock.instant());
      single(attributes, "urgency", Urgency.class).ifPresent(b::urgency);
      single(attributes, "scope", Scope.class).ifPresent(b::scope);
      b.addAllReportedFlags(values(attributes, "flags", OrderFlag.class));
      reporter(form).ifPresent(b::reporter);
      Optional.ofNullable(one(form, "media_url"))
          .filter(u -> !u.isBlank())
          .ifPresent(u -> b.addMedia(mediaUrl(u.strip())));
      Optional.ofNullable(one(form, "description"))
          .filter(d -> !d.isBlank())
          .ifPresent(b::description);
      order = b.build();
    } catch (GovernanceException e) {
      throw new Open311Exception(400, e.getMessage());
    }
    CommandResult r = store.handle(OrderCommand.report(order, OPEN311), j);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("service_request_id", r.order().id().value());
    m.put(
        "service_notice",
        r.intake().map(i -> String.join("", i.reasons().render(ZH))).orElse(null));
    m.put("account_id", null);
    return List.of(m);
  }

  /** {@code GET tokens/{token}}: every service is realtime, so no token is ever issued: a 404. */
  public List<Map<String, Object>> token(String token, Optional<String> jurisdiction) {
    checkJurisdiction(jurisdiction);
    throw new Open311Exception(
        404,
        "token '"
            + Checks.abbreviate(token)
            + "' is not a token here: every service is realtime and returns its"
            + " service_request_id at once");
  }

  /** {@code GET requests/{id}}: the request, or a 404. */
  public List<Map<String, Object>> request(String id, Optional<String> jurisdiction) {
    checkJurisdiction(jurisdiction);
    OrderId orderId;
    try {
      orderId = OrderId.of(id);
    } catch (GovernanceException e) {
      throw new Open311Exception(404, "service_request_id is not a request here");
    }
    ServiceOrder o =
        store
            .load(orderId)
            .orElseThrow(
                () ->
                    new Open311Exception(
                        404,
                        "service_request_id '"
                            + Checks.abbreviate(id)
                            + "' is not a request here"));
    return List.of(describe(o, registry.current()));
  }

  /**
   * {@code GET requests}: by {@code service_request_id} (comma-separated; the other fields are
   * then ignored, as the specification says), else by {@code service_code} (comma-separated),
   * {@code status} ({@code open}, {@code closed}, or both comma-separated) and {@code start_date}/{@code end_date} (ISO 8601; the last 90 days
   * unless given; no more than 90 days), at most {@value #MAX_REQUESTS}.
   */
  public List<Map<String, Object>> requests(Map<String, String> query) {
    checkJurisdiction(Optional.ofNullable(query.get("jurisdiction_id")));
    Jurisdiction j = registry.current();
    String ids = query.get("service_request_id");
    List<Map<String, Object>> out = new ArrayList<>();
    if (ids != null && !ids.isBlank()) {
      String[] given = ids.split(",", -1);
      if (given.length > MAX_REQUESTS) {
        throw new Open311Exception(
            400, "service_request_id names " + given.length + " requests; at most " + MAX_REQUESTS);
      }
      List<OrderId> wanted = new ArrayList<>(given.length);
      for (String id : given) {
        try {
          wanted.add(OrderId.of(id.strip()));
        } catch (GovernanceException e) {
          throw new Open311Exception(
              400, "service_request_id '" + Checks.abbreviate(id) + "' is malformed");
        }
      }
      // one query for all of them, answered in the order asked; unknown ids are left out
      Map<OrderId, ServiceOrder> found = store.loadAll(wanted);
      for (OrderId id : wanted) {
        ServiceOrder o = found.get(id);
        if (o != null) {
          out.add(describe(o, j));
        }
      }
      return out;
    }
    java.time.Instant end = time(query, "end_date").orElse(clock.instant());
    java.time.Instant start =
        time(query, "start_date").orElse(end.minus(java.time.Duration.ofDays(90)));
    if (!start.isBefore(end)) {
      throw new Open311Exception(400, "start_date must be before end_date");
    }
    if (java.time.Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
      throw new Open311Exception(
          400, "start_date to end_date spans more than 90 days (the specification's limit)");
    }
    io.github.gridgov.jdbc.OrderQuery.Builder q =
        io.github.gridgov.jdbc.OrderQuery.builder().reported(start, end).limit(MAX_REQUESTS);
    // service_code and status may each name several, comma-delimited
    for (String code : list(query.get("service_code"))) {
      q.category(service(code, 400));
    }
    java.util.Set<String> statuses = new java.util.HashSet<>(list(query.get("status")));
    for (String st : statuses) {
      if (!st.equals("open") && !st.equals("closed")) {
        throw new Open311Exception(
            400, "status '" + Checks.abbreviate(st) + "' must be open or closed (or both)");
      }
    }
    boolean open = statuses.isEmpty() || statuses.contains("open");
    boolean closed = statuses.isEmpty() || statuses.contains("closed");
    if (!closed) {
      q.open();
    } else if (!open) {
      // the statuses that are not open, asked of the store (a page is never thinned afterwards)
      for (io.github.gridgov.core.order.OrderStatus st :
          io.github.gridgov.core.order.OrderStatus.values()) {
        if (!st.isOpen()) {
          q.status(st);
        }
      }
    }
    for (ServiceOrder o : store.find(q.build())) {
      out.add(describe(o, j));
    }
    return out;
  }

  /** The comma-delimited values of a query field, stripped, blanks left out. */
  private static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    if (field != null) {
      for (String v : field.split(",", -1)) {
        if (!v.isBlank()) {
          out.add(v.strip());
        }
      }
    }
    return out;
  }

  private static Optional<java.time.Instant> time(Map<String, String> query, String field) {
    String v = query.get(field);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.OffsetDateTime.parse(v.strip()).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      throw new Open311Exception(
          400,
          field
              + " '"
              + Checks.abbreviate(v)
              + "' must be an ISO 8601 time with its offset (2010-04-14T06:37:38-08:00)");
    }
  }

  /** One order as a service request. */
  Map<String, Object> describe(ServiceOrder o, Jurisdiction j) {
    Optional<Building> building = buildingOf(o.location(), j);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("service_request_id", o.id().value());
    m.put("status", o.status().isOpen() ? "open" : "closed");
    m.put("status_notes", ZH.label(o.status()));
    m.put("service_name", ZH.label(o.category()));
    m.put("service_code", o.category().code());
    m.put("description", null);
    m.put(
        "agency_responsible",
        o.currentDispatch()
            .map(d -> ZH.label(d.tier()) + " " + d.assignee().id().value())
            .orElse(null));
    m.put("service_notice", null);
    m.put("requested_datetime", iso(o.reportedAt()));
    m.put("updated_datetime", iso(o.lastChangedAt()));
    m.put(
        "expected_datetime",
        o.currentDispatch().map(d -> iso(d.deadlines().resolveBy())).orElse(null));
    m.put("address", building.flatMap(Building::address).orElse(null));
    // a household's room is not shown: anyone may GET the requests of a jurisdiction
    m.put(
        "address_id",
        building.map(b -> Location.ofBuilding(b.id()).toString()).orElse(o.location().toString()));
    m.put("zipcode", null);
    Optional<GeoPoint> at = building.flatMap(Building::position);
    m.put("lat", at.map(GeoPoint::latitude).orElse(null));
    m.put("long", at.map(GeoPoint::longitude).orElse(null));
    m.put("media_url", o.media().isEmpty() ? null : o.media().get(0).toString());
    return m;
  }

  /** Beijing time to the second, as GeoReport's examples write it (2010-04-14T06:37:38-08:00). */
  private static String iso(java.time.Instant at) {
    return ZH.iso(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  private void checkJurisdiction(Optional<String> given) {
    String served = settings.jurisdictionId();
    if (given.isPresent() && !given.get().isEmpty() && !given.get().equals(served)) {
      throw new Open311Exception(
          404,
          "jurisdiction_id '"
              + Checks.abbreviate(given.get())
              + "' is not served here (this is "
              + served
              + ")");
    }
  }

  /** The catalogue's category of {@code code}, else the error with {@code status}. */
  private Category service(String code, int status) {
    Category category;
    try {
      category = Category.of(code.strip());
    } catch (GovernanceException e) {
      throw new Open311Exception(status, e.getMessage());
    }
    if (!rules.catalogue().has(category) && !category.equals(Category.OTHER)) {
      throw new Open311Exception(
          status, "service_code '" + Checks.abbreviate(code) + "' is not a service here");
    }
    return category;
  }

  /** The one value of {@code field}, or null; a field given twice with two values is refused. */
  private static String one(Map<String, List<String>> form, String field) {
    List<String> values = form.get(field);
    if (values == null || values.isEmpty()) {
      return null;
    }
    String first = values.get(0);
    for (String v : values) {
      if (!v.equals(first)) {
        throw new Open311Exception(400, field + " is given " + values.size() + " times");
      }
    }
    return first;
  }

  /**
   * The {@code attribute[code]=value} and {@code attribute[code][]=value} fields by code, each
   * code one of {@link #ATTRIBUTES} and each value one of its keys.
   */
  private static Map<String, List<String>> attributes(Map<String, List<String>> form) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : form.entrySet()) {
      String name = e.getKey();
      if (!name.startsWith("attribute")) {
        continue;
      }
      boolean many = name.endsWith("[]");
      String inner = name.substring("attribute".length());
      if (many) {
        inner = inner.substring(0, inner.length() - 2);
      }
      if (inner.length() < 3 || inner.charAt(0) != '[' || inner.charAt(inner.length() - 1) != ']') {
        throw new Open311Exception(
            400,
            "'"
                + Checks.abbreviate(name)
                + "' is no attribute field: write attribute[code]=value, or attribute[code][]=value"
                + " for each of several");
      }
      String code = inner.substring(1, inner.length() - 1);
      AttributeSpec spec =
          ATTRIBUTES.stream()
              .filter(a -> a.code().equals(code))
              .findFirst()
              .orElseThrow(
                  () ->
                      new Open311Exception(
                          400,
                          "attribute '"
                              + Checks.abbreviate(code)
                              + "' is not an attribute of the services here (they are "
                              + ATTRIBUTES.stream().map(AttributeSpec::code).toList()
                              + ")"));
      List<String> values = out.computeIfAbsent(code, c -> new ArrayList<>());
      for (String v : e.getValue()) {
        if (!v.isBlank()) {
          values.add(spec.check(v.strip()));
        }
      }
      if (!spec.multiple() && values.size() > 1) {
        throw new Open311Exception(
            400, "attribute '" + code + "' takes one value, not " + values.size());
      }
    }
    return out;
  }

  private static <E extends Enum<E>> Optional<E> single(
      Map<String, List<String>> attributes, String code, Class<E> type) {
    List<String> v = attributes.getOrDefault(code, List.of());
    return v.isEmpty() ? Optional.empty() : Optional.of(Enum.valueOf(type, v.get(0)));
  }

  private static <E extends Enum<E>> List<E> values(
      Map<String, List<String>> attributes, String code, Class<E> type) {
    List<E> out = new ArrayList<>();
    for (String v : attributes.getOrDefault(code, List.of())) {
      out.add(Enum.valueOf(type, v));
    }
    return out;
  }

  /** One attribute of every service: its values are the constants of {@code values}. */
  private record AttributeSpec(
      String code, boolean multiple, String description, Class<? extends Enum<?>> values) {
    /** {@code key} if it is one of the values, else a 400 that lists them. */
    String check(String key) {
      List<String> keys = new ArrayList<>();
      for (Enum<?> v : values.getEnumConstants()) {
        if (v.name().equals(key)) {
          return key;
        }
        keys.add(v.name());
      }
      throw new Open311Exception(
          400,
          "attribute '"
              + code
              + "' has no value '"
              + Checks.abbreviate(key)
              + "' (its values are "
              + keys
              + ")");
    }
  }

  /** The index of the buildings' positions of {@code j}, made again when the registry changes. */
  private Nearest nearestIndex(Jurisdiction j) {
    Nearest n = nearest;
    if (n == null || n.registry() != j) {
      n = new Nearest(j);
      nearest = n;
    }
    return n;
  }

  private Location locate(Map<String, List<String>> form, Jurisdiction j) {
    String addressId = one(form, "address_id");
    if (addressId != null && !addressId.isBlank()) {
      HouseholdId household = HouseholdId.of(addressId.strip());
      if (j.household(household).isPresent()) {
        return Location.ofHousehold(household);
      }
      BuildingId building = BuildingId.of(addressId.strip());
      if (j.building(building).isPresent()) {
        return Location.ofBuilding(building);
      }
      throw new Open311Exception(
          400,
          "address_id '"
              + Checks.abbreviate(addressId)
              + "' is no household or building of the registry");
    }
    String lat = one(form, "lat");
    String lon = one(form, "long");
    String address = one(form, "address_string");
    boolean hasAddress = address != null && !address.isBlank();
    if (lat != null && lon != null && !lat.isBlank() && !lon.isBlank()) {
      GeoPoint p;
      try {
        p = GeoPoint.of(Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip()));
      } catch (NumberFormatException e) {
        throw new Open311Exception(400, "lat and long must be decimal degrees (WGS-84)");
      }
      Optional<BuildingId> nearest = nearestIndex(j).within(p, settings.maxDistanceMetres());
      if (nearest.isPresent()) {
        return Location.ofBuilding(nearest.get());
      }
      if (!hasAddress) {
        throw new Open311Exception(
            400,
            "no building with a position lies within "
                + settings.maxDistanceMetres()
                + " m of lat and long: give address_id or address_string");
      }
    }
    if (hasAddress) {
      for (Building b : j.buildings()) {
        if (b.address().filter(address.strip()::equals).isPresent()) {
          return Location.ofBuilding(b.id());
        }
      }
      throw new Open311Exception(400, "address_string is no building's address here");
    }
    throw new Open311Exception(
        400, "a location is required: address_id, lat and long, or address_string");
  }

  private static java.net.URI mediaUrl(String text) {
    try {
      return new java.net.URI(text);
    } catch (java.net.URISyntaxException e) {
      throw new Open311Exception(400, "media_url '" + Checks.abbreviate(text) + "' is not a URL");
    }
  }

  private static Optional<Reporter> reporter(Map<String, List<String>> form) {
    String first = Optional.ofNullable(one(form, "first_name")).orElse("").strip();
    String last = Optional.ofNullable(one(form, "last_name")).orElse("").strip();
    String phone = Optional.ofNullable(one(form, "phone")).orElse("").strip();
    String email = Optional.ofNullable(one(form, "email")).orElse("").strip();
    if (first.isEmpty() && last.isEmpty() && phone.isEmpty() && email.isEmpty()) {
      return Optional.empty();
    }
    Reporter.Builder b = Reporter.builder();
    String name = (last + first).strip();
    if (!name.isEmpty()) {
      b.name(PersonName.of(name));
    }
    if (!phone.isEmpty()) {
      b.phone(PhoneNumber.of(phone));
    }
    if (!email.isEmpty()) {
      b.email(EmailAddress.of(email));
    }
    return Optional.of(b.build());
  }

  /** The building an order lies in or at, if it names one. */
  private static Optional<Building> buildingOf(Location location, Jurisdiction j) {
    if (location.household().isPresent()) {
      return j.buildingOf(location.household().get()).flatMap(j::building);
    }
    return location
        .area()
        .filter(a -> a.level() == AreaLevel.BUILDING)
        .flatMap(a -> a.id())
        .flatMap(id -> j.building(BuildingId.of(id.value())));
  }
}

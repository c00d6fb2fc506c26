package io.github.gridgov.spring.open311;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.GovernanceException;
import io.github.gridgov.core.Texts;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.GeoPoint;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.Reporter;
import io.github.gridgov.core.order.ServiceOrder;
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
 * (the English one in {@code description}), {@code group} the tier it starts at. A request is
 * located by {@code address_id} (a household or building id of the registry), else by {@code
 * lat}/{@code long} (WGS-84; the nearest building that has a position), else by {@code
 * address_string} (a building's address, exactly). The reporter's {@code first_name}, {@code
 * last_name}, {@code phone} and {@code email} are stored with the order ({@link Reporter}) and
 * never returned; the {@code description} is stored and not returned either (free text that may
 * hold personal data). {@code status} is {@code open} while the order is open, {@code closed}
 * after; {@code status_notes} its status in Chinese; {@code agency_responsible} the tier and owner
 * in charge; {@code expected_datetime} the resolution deadline in force. Times are ISO 8601 in
 * Beijing time.
 *
 * <p>Implementation Requirements: thread-safe.
 *
 * @since 0.1.0
 */
public final class GeoReport {
  private static final Actor OPEN311 = Actor.system("open311");
  private static final Texts ZH = Texts.chinese();
  private static final Texts EN = Texts.english();

  private final GovernanceRules rules;
  private final RegistrySource registry;
  private final JdbcOrderStore store;
  private final Clock clock;
  private final ApiKeyCheck keys;
  private final String jurisdictionId;

  /** The mapping over these parts; {@code jurisdictionId} is the one this platform answers to. */
  public GeoReport(
      GovernanceRules rules,
      RegistrySource registry,
      JdbcOrderStore store,
      Clock clock,
      ApiKeyCheck keys,
      String jurisdictionId) {
    this.rules = requireNonNull(rules, "rules");
    this.registry = requireNonNull(registry, "registry");
    this.store = requireNonNull(store, "store");
    this.clock = requireNonNull(clock, "clock");
    this.keys = requireNonNull(keys, "keys");
    this.jurisdictionId = requireNonNull(jurisdictionId, "jurisdictionId");
  }

  /** The jurisdiction id this platform answers to. */
  public String jurisdictionId() {
    return jurisdictionId;
  }

  /** {@code GET services}: every category of the dispatch catalogue, by code. */
  public List<Map<String, Object>> services(Optional<String> jurisdiction) {
    checkJurisdiction(jurisdiction);
    List<CatalogueEntry> entries = new ArrayList<>(rules.catalogue().entries().values());
    entries.sort(Comparator.comparing(e -> e.category().code()));
    List<Map<String, Object>> out = new ArrayList<>();
    for (CatalogueEntry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("service_code", e.category().code());
      m.put("service_name", ZH.label(e.category()));
      m.put("description", EN.label(e.category()));
      m.put("metadata", false);
      m.put("type", "realtime");
      m.put("keywords", e.category().code().replace('-', ' '));
      m.put("group", ZH.label(e.targetTier()));
      out.add(m);
    }
    return out;
  }

  /** {@code POST requests}: the form's fields; returns the created request's id and notice. */
  public List<Map<String, Object>> post(Map<String, String> form) {
    checkJurisdiction(Optional.ofNullable(form.get("jurisdiction_id")));
    String key = form.getOrDefault("api_key", "");
    if (!keys.accepts(key)) {
      throw new Open311Exception(403, "api_key is missing or not accepted");
    }
    String code = required(form, "service_code");
    Category category;
    try {
      category = Category.of(code);
    } catch (GovernanceException e) {
      throw new Open311Exception(400, e.getMessage());
    }
    if (!rules.catalogue().has(category)) {
      throw new Open311Exception(
          400, "service_code '" + Checks.abbreviate(code) + "' is not a service here");
    }
    Jurisdiction j = registry.current();
    ServiceOrder order;
    try {
      ServiceOrder.Builder b =
          ServiceOrder.builder()
              .id(OrderId.of("OS-" + UUID.randomUUID()))
              .kind(OrderKind.REPORT)
              .category(category)
              .origin(Origin.RESIDENT)
              .location(locate(form, j))
              .reportedAt(clock.instant());
      reporter(form).ifPresent(b::reporter);
      Optional.ofNullable(form.get("description"))
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
   * then ignored, as the specification says), else by {@code service_code}, {@code status} ({@code
   * open} or {@code closed}) and {@code start_date}/{@code end_date} (ISO 8601; the last 90 days
   * unless given), at most {@value #MAX_REQUESTS}.
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
    io.github.gridgov.jdbc.OrderQuery.Builder q =
        io.github.gridgov.jdbc.OrderQuery.builder().reported(start, end).limit(MAX_REQUESTS);
    String code = query.get("service_code");
    if (code != null && !code.isBlank()) {
      try {
        q.category(Category.of(code.strip()));
      } catch (GovernanceException e) {
        throw new Open311Exception(400, e.getMessage());
      }
    }
    String status = query.getOrDefault("status", "").strip();
    if (!status.isEmpty() && !status.equals("open") && !status.equals("closed")) {
      throw new Open311Exception(400, "status must be open or closed");
    }
    if (status.equals("open")) {
      q.open();
    }
    for (ServiceOrder o : store.find(q.build())) {
      if (!status.equals("closed") || !o.status().isOpen()) {
        out.add(describe(o, j));
      }
    }
    return out;
  }

  /** The most requests one {@code GET requests} returns. */
  public static final int MAX_REQUESTS = 1000;

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
    m.put("address_id", o.location().toString());
    m.put("zipcode", null);
    Optional<GeoPoint> at = building.flatMap(Building::position);
    m.put("lat", at.map(GeoPoint::latitude).orElse(null));
    m.put("long", at.map(GeoPoint::longitude).orElse(null));
    m.put("media_url", null);
    return m;
  }

  /** Beijing time to the second, as GeoReport's examples write it (2010-04-14T06:37:38-08:00). */
  private static String iso(java.time.Instant at) {
    return ZH.iso(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  private void checkJurisdiction(Optional<String> given) {
    if (given.isPresent() && !given.get().isEmpty() && !given.get().equals(jurisdictionId)) {
      throw new Open311Exception(
          404,
          "jurisdiction_id '"
              + Checks.abbreviate(given.get())
              + "' is not served here (this is "
              + jurisdictionId
              + ")");
    }
  }

  private static String required(Map<String, String> form, String field) {
    String v = form.get(field);
    if (v == null || v.isBlank()) {
      throw new Open311Exception(400, field + " is required");
    }
    return v;
  }

  private static Location locate(Map<String, String> form, Jurisdiction j) {
    String addressId = form.get("address_id");
    if (addressId != null && !addressId.isBlank()) {
      HouseholdId household = HouseholdId.of(addressId);
      if (j.household(household).isPresent()) {
        return Location.ofHousehold(household);
      }
      BuildingId building = BuildingId.of(addressId);
      if (j.building(building).isPresent()) {
        return Location.ofBuilding(building);
      }
      throw new Open311Exception(
          400,
          "address_id '"
              + Checks.abbreviate(addressId)
              + "' is no household or building of the registry");
    }
    String lat = form.get("lat");
    String lon = form.get("long");
    if (lat != null && lon != null && !lat.isBlank() && !lon.isBlank()) {
      GeoPoint p;
      try {
        p = GeoPoint.of(Double.parseDouble(lat), Double.parseDouble(lon));
      } catch (NumberFormatException e) {
        throw new Open311Exception(400, "lat and long must be decimal degrees (WGS-84)");
      }
      Building nearest = null;
      double best = Double.MAX_VALUE;
      for (Building b : j.buildings()) {
        if (b.position().isPresent()) {
          double d = b.position().get().distanceTo(p);
          if (d < best) {
            best = d;
            nearest = b;
          }
        }
      }
      if (nearest == null) {
        throw new Open311Exception(400, "lat and long given, but no building here has a position");
      }
      return Location.ofBuilding(nearest.id());
    }
    String address = form.get("address_string");
    if (address != null && !address.isBlank()) {
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

  private static Optional<Reporter> reporter(Map<String, String> form) {
    String first = form.getOrDefault("first_name", "").strip();
    String last = form.getOrDefault("last_name", "").strip();
    String phone = form.getOrDefault("phone", "").strip();
    String email = form.getOrDefault("email", "").strip();
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

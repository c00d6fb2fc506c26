package io.github.gridgov.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.order.Reporter;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.EmailAddress;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.PhoneNumber;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.core.registry.JurisdictionValidationException;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.fixtures.Simulation;
import io.github.gridgov.rules.GovernanceRules;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "personal data masked by default; a broken document refused whole with the model's message")
class PersonalDataAndRefusalsTest {
  static final ObjectMapper CLEAR = GovernanceJson.mapper(JsonOptions.clear());
  static final ObjectMapper MASKED = GovernanceJson.mapper();

  static List<ServiceOrder> lived() {
    return Simulation.of(SampleJurisdictions.anfeng(), GovernanceRules.standard(), 5, 10, 40)
        .run(p -> {})
        .finalOrders();
  }

  @Test
  @DisplayName(
      "by default no name, phone, ID number or free text appears in clear, and the document says so")
  void maskedByDefault() throws Exception {
    Jurisdiction j = SampleJurisdictions.anfeng().jurisdiction();
    String text = MASKED.writeValueAsString(j);
    assertThat(MASKED.readTree(text).get("personalData").asText()).isEqualTo("MASKED");
    for (Resident r : j.residents().subList(0, 300)) {
      assertThat(text).doesNotContain("\"" + r.name().clearText() + "\"");
      r.phone().ifPresent(p -> assertThat(text).doesNotContain(p.clearText()));
      r.idNumber().ifPresent(n -> assertThat(text).doesNotContain(n.clearText()));
    }
    assertThat(text).contains("{\"masked\":\"" + j.residents().get(0).name().masked() + "\"}");
    for (ServiceOrder o : lived()) {
      String order = MASKED.writeValueAsString(o);
      o.description().ifPresent(d -> assertThat(order).doesNotContain(d));
      o.events()
          .forEach(
              e -> e.reason().ifPresent(r -> assertThat(order).doesNotContain("\"" + r + "\"")));
    }
  }

  @Test
  @DisplayName(
      "media links: written in order and read back equal; a link not absolute http(s), or a tenth,"
          + " refused naming the field and the rule")
  void media() throws Exception {
    ServiceOrder lived = lived().get(0);
    java.net.URI photo = java.net.URI.create("https://img.example.com/o/1.jpg");
    java.net.URI clip = java.net.URI.create("http://img.example.com/o/2.mp4");
    ServiceOrder reported = ServiceOrder.builder().from(lived).addMedia(photo, clip).build();
    String clear = CLEAR.writeValueAsString(reported);
    assertThat(clear)
        .contains(
            "\"media\":[\"https://img.example.com/o/1.jpg\",\"http://img.example.com/o/2.mp4\"]");
    assertThat(CLEAR.readValue(clear, ServiceOrder.class)).isEqualTo(reported);
    assertThat(CLEAR.writeValueAsString(lived)).as("none, no field").doesNotContain("\"media\"");
    for (String bad : List.of("ftp://img.example.com/1.jpg", "/o/1.jpg", "https:///1.jpg")) {
      ObjectNode doc = (ObjectNode) CLEAR.readTree(clear);
      ((ArrayNode) doc.get("media")).add(bad);
      assertThatThrownBy(() -> CLEAR.treeToValue(doc, ServiceOrder.class))
          .as(bad)
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("ServiceOrder: media")
          .hasMessageContaining("absolute http or https");
    }
    ServiceOrder.Builder ten = ServiceOrder.builder().from(lived);
    for (int i = 0; i < 10; i++) {
      ten.addMedia(java.net.URI.create("https://img.example.com/o/" + i + ".jpg"));
    }
    assertThatThrownBy(ten::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("must hold at most 9 links");
  }

  @Test
  @DisplayName(
      "a reporter's name, phone and email: masked by default, in clear for storage and read back"
          + " equal; a reporter with nothing given is refused")
  void reporter() throws Exception {
    ServiceOrder lived = lived().get(0);
    ServiceOrder reported =
        ServiceOrder.builder()
            .from(lived)
            .reporter(
                Reporter.builder()
                    .name(PersonName.of("王小明"))
                    .phone(PhoneNumber.of("13812345678"))
                    .email(EmailAddress.of("zhang.san@example.com"))
                    .build())
            .build();
    String masked = MASKED.writeValueAsString(reported);
    assertThat(masked)
        .doesNotContain("王小明", "13812345678", "zhang.san@")
        .contains("\"reporter\":{\"name\":{\"masked\":\"王*明\"}")
        .contains("z***@example.com");
    String clear = CLEAR.writeValueAsString(reported);
    assertThat(CLEAR.readValue(clear, ServiceOrder.class)).isEqualTo(reported);
    assertThat(
            CLEAR.readValue(clear, ServiceOrder.class).reporter().get().phone().get().clearText())
        .isEqualTo("13812345678");
    assertThatThrownBy(() -> CLEAR.readValue(masked, ServiceOrder.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Reporter: name '(masked)'");
    ObjectNode empty = (ObjectNode) CLEAR.readTree(clear);
    empty.putObject("reporter");
    assertThatThrownBy(() -> CLEAR.treeToValue(empty, ServiceOrder.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("at least one must be given");
    assertThat(reported.toString()).doesNotContain("王小明", "13812345678");
    assertThat(reported.reporter().get())
        .hasToString("Reporter{name=王*明, phone=138****5678, email=z***@example.com}");
  }

  @Test
  @DisplayName(
      "a masked document does not read back: the field is named and the way to store is said")
  void maskedDoesNotReadBack() throws Exception {
    String text =
        MASKED.writeValueAsString(SampleJurisdictions.anfeng().jurisdiction().residents().get(0));
    assertThatThrownBy(() -> CLEAR.readValue(text, Resident.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "Cannot create Resident: name '(masked)' was written masked (JsonOptions.masked(), the default) "
                + "and cannot be read back; write with JsonOptions.clear() to store a document");
  }

  @Test
  @DisplayName(
      "an order whose trail skips a step is refused with the lifecycle's message, naming the event")
  void trailSkippingAStep() throws Exception {
    ServiceOrder o = lived().stream().filter(x -> x.events().size() >= 4).findFirst().orElseThrow();
    ObjectNode doc = (ObjectNode) CLEAR.readTree(CLEAR.writeValueAsString(o));
    ArrayNode events = (ArrayNode) doc.get("events");
    events.remove(1);
    for (int i = 1; i < events.size(); i++) {
      ((ObjectNode) events.get(i)).put("sequence", i + 1);
    }
    assertThatThrownBy(() -> CLEAR.treeToValue(doc, ServiceOrder.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Cannot create ServiceOrder: events[1]")
        .hasMessageContaining("is not a legal step for order " + o.id());
  }

  @Test
  @DisplayName(
      "a bad ID number is refused masked; a dangling reference lists every problem; nothing is returned")
  void brokenRegistry() throws Exception {
    Jurisdiction j = SampleJurisdictions.anfeng().jurisdiction();
    ObjectNode doc = (ObjectNode) CLEAR.readTree(CLEAR.writeValueAsString(j));
    ObjectNode resident = (ObjectNode) doc.get("residents").get(0);
    resident.put("idNumber", "110105198001011234");
    assertThatThrownBy(() -> CLEAR.treeToValue(doc, Jurisdiction.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("IdCardNumber")
        .hasMessageNotContaining("110105198001011234");
    ObjectNode dangling = (ObjectNode) CLEAR.readTree(CLEAR.writeValueAsString(j));
    ((ObjectNode) dangling.get("households").get(0)).put("building", "B-nowhere");
    ((ObjectNode) dangling.get("grids").get(0)).put("community", "C-nowhere");
    assertThatThrownBy(() -> CLEAR.treeToValue(dangling, Jurisdiction.class))
        .isInstanceOf(JurisdictionValidationException.class)
        .satisfies(
            e ->
                assertThat(((JurisdictionValidationException) e).problems())
                    .hasSizeGreaterThanOrEqualTo(2))
        .hasMessageContaining("B-nowhere")
        .hasMessageContaining("C-nowhere");
  }

  @Test
  @DisplayName(
      "a building's position reads back as WGS-84 degrees; a missing or non-numeric or out-of-range coordinate is refused naming it")
  void positions() throws Exception {
    Jurisdiction j = SampleJurisdictions.anfeng().jurisdiction();
    ObjectNode doc = (ObjectNode) CLEAR.readTree(CLEAR.writeValueAsString(j));
    ObjectNode building = (ObjectNode) doc.get("buildings").get(0);
    building.put("address", "北京市示例区丰安小区1号楼");
    building.putObject("position").put("latitude", 39.9087).put("longitude", 116.3975);
    Jurisdiction read = CLEAR.treeToValue(doc, Jurisdiction.class);
    io.github.gridgov.core.area.Building b = read.buildings().get(0);
    assertThat(b.position()).contains(io.github.gridgov.core.area.GeoPoint.of(39.9087, 116.3975));
    assertThat(b.address()).contains("北京市示例区丰安小区1号楼");
    assertThat(
            CLEAR.readTree(CLEAR.writeValueAsString(read)).get("buildings").get(0).get("position"))
        .isEqualTo(building.get("position"));
    ((ObjectNode) building.get("position")).put("latitude", "north");
    assertThatThrownBy(() -> CLEAR.treeToValue(doc, Jurisdiction.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Cannot create Building: position.latitude 'north' must be a number");
    ((ObjectNode) building.get("position")).remove("latitude");
    assertThatThrownBy(() -> CLEAR.treeToValue(doc, Jurisdiction.class))
        .hasMessage("Cannot create Building: position.latitude '' is required");
    ((ObjectNode) building.get("position")).put("latitude", 91.0);
    assertThatThrownBy(() -> CLEAR.treeToValue(doc, Jurisdiction.class))
        .hasMessage("Cannot create GeoPoint: latitude '91.0' must be in [-90, 90] degrees");
  }

  @Test
  @DisplayName(
      "another format version, another document type, a wrong field type: refused naming the field")
  void wrongDocuments() throws Exception {
    ObjectNode doc = (ObjectNode) CLEAR.readTree(CLEAR.writeValueAsString(lived().get(0)));
    ObjectNode future = doc.deepCopy().put("format", 2);
    assertThatThrownBy(() -> CLEAR.treeToValue(future, ServiceOrder.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "Cannot create ServiceOrder: format '2' must be 1, the format this version reads");
    ObjectNode registry = doc.deepCopy().put("type", "jurisdiction");
    assertThatThrownBy(() -> CLEAR.treeToValue(registry, ServiceOrder.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Cannot create ServiceOrder: type 'jurisdiction' must be service-order");
    ObjectNode numberId = doc.deepCopy().put("id", 7);
    assertThatThrownBy(() -> CLEAR.treeToValue(numberId, ServiceOrder.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Cannot create ServiceOrder: id '7' must be a string");
    ObjectNode zTime = doc.deepCopy().put("reportedAt", "yesterday");
    assertThatThrownBy(() -> CLEAR.treeToValue(zTime, ServiceOrder.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(
            "reportedAt 'yesterday' must be an ISO-8601 date-time with its offset");
    ObjectNode status = doc.deepCopy().put("status", "CANCELLED");
    assertThatThrownBy(() -> CLEAR.treeToValue(status, ServiceOrder.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("status 'CANCELLED' must be");
    JsonNode array = CLEAR.readTree("[]");
    assertThatThrownBy(() -> CLEAR.treeToValue(array, ServiceOrder.class))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Cannot create ServiceOrder: (document) '(an array)' must be a JSON object");
  }

  @Test
  @DisplayName("times are written with their offset and read from any offset")
  void times() throws Exception {
    ServiceOrder o = lived().get(0);
    ObjectNode doc = (ObjectNode) CLEAR.readTree(CLEAR.writeValueAsString(o));
    assertThat(doc.get("reportedAt").asText()).endsWith("+00:00");
    doc.put("reportedAt", Texts.iso(o.reportedAt(), Texts.BEIJING));
    assertThat(CLEAR.treeToValue(doc, ServiceOrder.class).reportedAt()).isEqualTo(o.reportedAt());
  }

  private static final class Texts {
    static final java.time.ZoneId BEIJING = io.github.gridgov.core.Texts.BEIJING;

    static String iso(java.time.Instant at, java.time.ZoneId zone) {
      return io.github.gridgov.core.Texts.iso(at, zone);
    }
  }

  /** A platform's own value holding our types, as it might send it. */
  record Contact(
      io.github.gridgov.core.people.ResponderId who,
      io.github.gridgov.core.people.PersonName name,
      io.github.gridgov.core.people.PhoneNumber phone,
      io.github.gridgov.core.order.Category about) {}

  @Test
  @DisplayName(
      "our ids, codes and personal data inside a platform's own value: masked by default, in clear when asked, read back")
  void insideAPlatformsValue() throws Exception {
    Contact c =
        new Contact(
            io.github.gridgov.core.people.ResponderId.of("R-1"),
            io.github.gridgov.core.people.PersonName.of("李建国"),
            io.github.gridgov.core.people.PhoneNumber.of("13812345678"),
            io.github.gridgov.core.order.Category.WATER_LEAK);
    String masked = MASKED.writeValueAsString(c);
    assertThat(masked)
        .doesNotContain("李建国", "13812345678")
        .contains("\"who\":\"R-1\"", "\"about\":\"water-leak\"", "{\"masked\":\"138****5678\"}");
    assertThatThrownBy(() -> MASKED.readValue(masked, Contact.class))
        .hasRootCauseInstanceOf(InvalidModelException.class)
        .rootCause()
        .hasMessageContaining("was written masked");
    String clear = CLEAR.writeValueAsString(c);
    assertThat(CLEAR.readValue(clear, Contact.class)).isEqualTo(c);
  }
}

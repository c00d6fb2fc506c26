package io.github.gridgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The examples of the GeoReport v2 specification (wiki.open311.org/GeoReport_v2 and its Service
 * Discovery page), each request sent to the endpoints and each response compared with ours in both
 * formats. The examples are transcribed with their structure, element order and kinds of value;
 * their free texts (descriptions, notices) are replaced by ours, and the example request's service,
 * place and attributes by ones of this registry — the specification's own ({@code 001}, San
 * Francisco, {@code WHISPAWN}) are not services, buildings or attributes here. The JSON examples
 * write codes as numbers with leading zeros ({@code "service_code":001}), as the specification
 * does; they are read with that allowed.
 */
@DirtiesContext
@SpringBootTest(
    classes = GeoReportSpecificationTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gridgov.district=spec-district",
      "gridgov.open311.enabled=true",
      "gridgov.open311.api-keys=xyz",
      "gridgov.open311.contact=网格化服务管理中心 12345",
      "gridgov.open311.key-service=向区网格化服务管理中心申请 api_key",
      "gridgov.due-work.enabled=false"
    })
@DisplayName("GeoReport v2: every example of the specification parsed and answered in its shape")
class GeoReportSpecificationTest {
  static final Jurisdiction REGISTRY =
      Generators.jurisdictions()
          .communitiesPerStreet(1, 1)
          .gridsPerCommunity(2, 2)
          .buildingsPerGrid(3, 3)
          .householdsPerBuilding(4, 4)
          .generate(new SplittableRandom(311));
  static final ObjectMapper LENIENT =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS).build();
  static final EmbeddedPostgres SERVER = WebTests.postgres();
  static final Path CSV = WebTests.registryDirectory("georeport-spec", REGISTRY);

  /** No component scan: only the auto-configuration, as a host's application gets it. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    /**
     * The embedded server, stopped with the context: after the web server and the scheduler, so
     * that nothing waits on a database that is gone.
     */
    @Bean
    DisposableBean stopPostgres() {
      return SERVER::close;
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> SERVER.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("gridgov.registry.csv-directory", CSV::toString);
  }

  @LocalServerPort int port;
  @Autowired JdbcOrderStore store;

  // ---- the specification's examples ----

  static final String SERVICES_XML =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <services>
          <service>
              <service_code>001</service_code>
              <service_name>楼道堆物</service_name>
              <description>楼道里堆放杂物，堵住通道。</description>
              <metadata>true</metadata>
              <type>realtime</type>
              <keywords>lorem, ipsum, dolor</keywords>
              <group>sanitation</group>
          </service>
          <service>
              <service_code>002</service_code>
              <metadata>true</metadata>
              <type>realtime</type>
              <keywords>lorem, ipsum, dolor</keywords>
              <group>street</group>
              <service_name>井盖移位</service_name>
              <description>井盖移位或缺失。</description>
          </service>
      </services>
      """;

  static final String SERVICES_JSON =
      """
      [
        {"service_code":001, "service_name":"楼道堆物", "description":"楼道里堆放杂物，堵住通道。",
         "metadata":true, "type":"realtime", "keywords":"lorem, ipsum, dolor", "group":"sanitation"},
        {"service_code":002, "metadata":true, "type":"realtime", "keywords":"lorem, ipsum, dolor",
         "group":"street", "service_name":"井盖移位", "description":"井盖移位或缺失。"}
      ]
      """;

  static final String DEFINITION_XML =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <service_definition>
          <service_code>DMV66</service_code>
          <attributes>
              <attribute>
                  <variable>true</variable>
                  <code>WHISHETN</code>
                  <datatype>singlevaluelist</datatype>
                  <required>true</required>
                  <datatype_description></datatype_description>
                  <order>1</order>
                  <description>车辆品牌？</description>
                  <values>
                      <value>
                          <key>123</key>
                          <name>品牌甲</name>
                      </value>
                      <value>
                          <key>124</key>
                          <name>品牌乙</name>
                      </value>
                  </values>
              </attribute>
          </attributes>
      </service_definition>
      """;

  static final String DEFINITION_JSON =
      """
      {
        "service_code":"DMV66",
        "attributes":[
          {"variable":true, "code":"WHISHETN", "datatype":"singlevaluelist", "required":true,
           "datatype_description":null, "order":1, "description":"车辆品牌？",
           "values":[{"key":123, "name":"品牌甲"}, {"key":124, "name":"品牌乙"}]}
        ]
      }
      """;

  static final String POST_XML =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <service_requests>
          <request>
              <service_request_id>293944</service_request_id>
              <service_notice>
                  将在 24 小时内上门查看。
              </service_notice>
              <account_id/>
          </request>
      </service_requests>
      """;

  static final String POST_JSON =
      """
      [{"service_request_id":293944, "service_notice":"将在 24 小时内上门查看。", "account_id":null}]
      """;

  static final String TOKEN_XML =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <service_requests>
          <request>
              <service_request_id>638344</service_request_id>
              <token>12345</token>
          </request>
      </service_requests>
      """;

  static final String TOKEN_JSON =
      """
      [{"service_request_id":638344, "token":12345}]
      """;

  /** GET requests and GET request answer in the same shape; this is the longer example. */
  static final String REQUESTS_XML =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <service_requests>
          <request>
              <service_request_id>638344</service_request_id>
              <status>closed</status>
              <status_notes>重复诉求。</status_notes>
              <service_name>人行道和路缘石</service_name>
              <service_code>006</service_code>
              <description></description>
              <agency_responsible></agency_responsible>
              <service_notice></service_notice>
              <requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime>
              <updated_datetime>2010-04-14T06:37:38-08:00</updated_datetime>
              <expected_datetime>2010-04-15T06:37:38-08:00</expected_datetime>
              <address>8TH AVE and JUDAH ST</address>
              <address_id>545483</address_id>
              <zipcode>94122</zipcode>
              <lat>37.762221815</lat>
              <long>-122.4651145</long>
              <media_url>http://city.gov.s3.amazonaws.com/requests/media/638344.jpg </media_url>
          </request>
          <request>
              <service_request_id>638349</service_request_id>
              <status>open</status>
              <status_notes></status_notes>
              <service_name>人行道和路缘石</service_name>
              <service_code>006</service_code>
              <description></description>
              <agency_responsible></agency_responsible>
              <service_notice></service_notice>
              <requested_datetime>2010-04-19T06:37:38-08:00</requested_datetime>
              <updated_datetime>2010-04-19T06:37:38-08:00</updated_datetime>
              <expected_datetime>2010-04-19T06:37:38-08:00</expected_datetime>
              <address>8TH AVE and JUDAH ST</address>
              <address_id>545483</address_id>
              <zipcode>94122</zipcode>
              <lat>37.762221815</lat>
              <long>-122.4651145</long>
              <media_url>http://city.gov.s3.amazonaws.com/requests/media/638349.jpg </media_url>
          </request>
      </service_requests>
      """;

  static final String REQUESTS_JSON =
      """
      [
        {"service_request_id":638344, "status":"closed", "status_notes":"重复诉求。",
         "service_name":"人行道和路缘石", "service_code":006, "description":null,
         "agency_responsible":null, "service_notice":null,
         "requested_datetime":"2010-04-14T06:37:38-08:00",
         "updated_datetime":"2010-04-14T06:37:38-08:00",
         "expected_datetime":"2010-04-15T06:37:38-08:00", "address":"8TH AVE and JUDAH ST",
         "address_id":545483, "zipcode":94122, "lat":37.762221815, "long":-122.4651145,
         "media_url":"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg "},
        {"service_request_id":638349, "status":"open", "status_notes":null,
         "service_name":"人行道和路缘石", "service_code":006, "description":null,
         "agency_responsible":null, "service_notice":null,
         "requested_datetime":"2010-04-19T06:37:38-08:00",
         "updated_datetime":"2010-04-19T06:37:38-08:00",
         "expected_datetime":"2010-04-19T06:37:38-08:00", "address":"8TH AVE and JUDAH ST",
         "address_id":545483, "zipcode":94122, "lat":37.762221815, "long":-122.4651145,
         "media_url":"http://city.gov.s3.amazonaws.com/requests/media/638349.jpg"}
      ]
      """;

  static final String ERRORS_XML =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <errors>
          <error>
              <code>403</code>
              <description>api_key 无效，无法受理。</description>
          </error>
      </errors>
      """;

  static final String ERRORS_JSON =
      """
      [{"code":403, "description":"api_key 无效，无法受理。"}]
      """;

  static final String DISCOVERY_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <discovery>
          <changeset>2011-02-03 14:18</changeset>
          <contact>联系方式</contact>
          <key_service>申请方式</key_service>
          <endpoints>
              <endpoint>
                  <specification>http://wiki.open311.org/GeoReport_v2</specification>
                  <url>http://open311.mycity.gov/v2</url>
                  <changeset>2010-11-23 09:01</changeset>
                  <type>production</type>
                  <formats>
                      <format>text/xml</format>
                  </formats>
              </endpoint>
              <endpoint>
                  <specification>http://wiki.open311.org/GeoReport_v2</specification>
                  <url>http://open311.mycity.gov/test/v2</url>
                  <changeset>2010-10-02 09:01</changeset>
                  <type>test</type>
                  <formats>
                      <format>text/xml</format>
                      <format>application/json</format>
                  </formats>
              </endpoint>
          </endpoints>
      </discovery>
      """;

  static final String DISCOVERY_JSON =
      """
      {
        "changeset":"2011-02-03 14:18", "contact":"联系方式", "key_service":"申请方式",
        "endpoints":[
          {"specification":"http://wiki.open311.org/GeoReport_v2",
           "url":"http://open311.mycity.gov/v2", "changeset":"2010-11-23 09:01",
           "type":"production", "formats":["text/xml"]},
          {"specification":"http://wiki.open311.org/GeoReport_v2",
           "url":"http://open311.mycity.gov/test/v2", "changeset":"2010-10-02 09:01",
           "type":"test", "formats":["text/xml", "application/json"]}
        ]
      }
      """;

  /**
   * A building of the registry. The generator places the buildings of a grid some 11 m apart, one
   * north of the other.
   */
  static Building aBuilding() {
    return REGISTRY.buildings().iterator().next();
  }

  /**
   * The example POST body: the specification's fields in its order, its unencoded brackets and a
   * multivaluelist attribute given twice, with a building of this registry for the place: lat and
   * long some 2 m north of it, its address for address_string.
   */
  String examplePost(Building b) {
    return "api_key=xyz&jurisdiction_id=spec-district&service_code=water-leak"
        + "&lat="
        + (b.position().get().latitude() + 0.00002)
        + "&long="
        + b.position().get().longitude()
        + "&address_string="
        + enc(b.address().get())
        + "&email=wang.xm%40example.com&device_id=tt222111&account_id=123456"
        + "&first_name="
        + enc("小明")
        + "&last_name="
        + enc("王")
        + "&phone=13812345678&description="
        + enc("楼上漏水，天花板滴水")
        + "&media_url=http%3A%2F%2Fexample.com%2Fmedia%2F2212426634.jpg"
        + "&attribute[urgency]=URGENT&attribute[flags][]=PUBLIC_SAFETY&attribute[flags][]=COMPLEX";
  }

  // ---- the tests ----

  @Test
  @DisplayName(
      "every example parses, each format the Spark mapping of the other, as the specification"
          + " says")
  void examplesParse() throws Exception {
    String[][] pairs = {
      {SERVICES_XML, SERVICES_JSON},
      {DEFINITION_XML, DEFINITION_JSON},
      {POST_XML, POST_JSON},
      {TOKEN_XML, TOKEN_JSON},
      {REQUESTS_XML, REQUESTS_JSON},
      {ERRORS_XML, ERRORS_JSON},
      {DISCOVERY_XML, DISCOVERY_JSON}
    };
    for (String[] p : pairs) {
      Element root = xml(p[0]);
      JsonNode json = LENIENT.readTree(p[1]);
      assertThat(shape(spark(root))).as(root.getTagName()).isEqualTo(shape(json));
    }
  }

  @Test
  @DisplayName("GET services: the example's shape in XML and JSON, metadata true for every service")
  void services() throws Exception {
    assertSameShape("services", SERVICES_XML, SERVICES_JSON);
    JsonNode services = LENIENT.readTree(get("services.json").body());
    assertThat(services).isNotEmpty();
    for (JsonNode s : services) {
      assertThat(s.get("metadata").isBoolean()).isTrue();
      assertThat(s.get("metadata").asBoolean()).isTrue();
      assertThat(s.get("type").asText()).isEqualTo("realtime");
    }
  }

  @Test
  @DisplayName(
      "GET services/{code}: the example's shape, single and multiple value lists of the model's"
          + " values with Chinese names; an unknown code a 404")
  void definition() throws Exception {
    assertSameShape("services/water-leak", DEFINITION_XML, DEFINITION_JSON);
    JsonNode d = LENIENT.readTree(get("services/water-leak.json").body());
    assertThat(d.get("service_code").asText()).isEqualTo("water-leak");
    List<String> codes = new ArrayList<>();
    for (JsonNode a : d.get("attributes")) {
      codes.add(a.get("code").asText());
      assertThat(a.get("variable").asBoolean()).isTrue();
      assertThat(a.get("required").asBoolean()).isFalse();
      assertThat(a.get("order").isInt()).isTrue();
      assertThat(a.get("datatype").asText()).isIn("singlevaluelist", "multivaluelist");
    }
    assertThat(codes).containsExactly("urgency", "scope", "kind", "flags");
    JsonNode urgency = d.get("attributes").get(0);
    assertThat(urgency.get("values").get(1).get("key").asText()).isEqualTo("URGENT");
    assertThat(urgency.get("values").get(1).get("name").asText()).isEqualTo("紧急");
    assertThat(d.get("attributes").get(3).get("datatype").asText()).isEqualTo("multivaluelist");

    HttpResponse<String> unknown = get("services/no-such-service.xml");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(shape(spark(xml(unknown.body())))).isEqualTo(shape(LENIENT.readTree(ERRORS_JSON)));
  }

  @Test
  @DisplayName(
      "POST requests: the example request (all its fields, a multivaluelist attribute) is taken"
          + " and answered in the example's shape; GET requests and GET request in theirs")
  void postAndGet() throws Exception {
    List<String> ids = new ArrayList<>();
    Building building = aBuilding();
    for (String ext : List.of("xml", "json")) {
      HttpResponse<String> r = post("requests." + ext, examplePost(building));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      JsonNode answer = ext.equals("xml") ? spark(xml(r.body())) : LENIENT.readTree(r.body());
      String expected = shape(LENIENT.readTree(POST_JSON));
      assertThat(shape(answer)).isEqualTo(expected);
      assertThat(order(answer)).isEqualTo(order(LENIENT.readTree(POST_JSON)));
      ids.add(answer.get(0).get("service_request_id").asText());
    }
    ServiceOrder stored = store.load(OrderId.of(ids.get(0))).orElseThrow();
    assertThat(stored.urgency()).isEqualTo(Urgency.URGENT);
    assertThat(stored.reportedFlags()).containsOnly(OrderFlag.PUBLIC_SAFETY, OrderFlag.COMPLEX);
    assertThat(stored.location().toString()).isEqualTo("BUILDING:" + building.id().value());
    assertThat(stored.reporter().get().email().get().clearText()).isEqualTo("wang.xm@example.com");
    assertThat(stored.media())
        .containsExactly(java.net.URI.create("http://example.com/media/2212426634.jpg"));
    assertThat(
            LENIENT
                .readTree(get("requests/" + ids.get(0) + ".json").body())
                .get(0)
                .get("media_url")
                .asText())
        .isEqualTo("http://example.com/media/2212426634.jpg");

    // the specification's own point (San Francisco) is no building here: address_string places it
    String faraway =
        examplePost(building)
            .replaceFirst("&lat=[^&]*", "&lat=37.76524078")
            .replaceFirst("&long=[^&]*", "&long=-122.4212043");
    HttpResponse<String> byAddress = post("requests.json", faraway);
    assertThat(byAddress.statusCode()).as(byAddress.body()).isEqualTo(201);
    String placed = LENIENT.readTree(byAddress.body()).get(0).get("service_request_id").asText();
    assertThat(store.load(OrderId.of(placed)).orElseThrow().location().toString())
        .isEqualTo("BUILDING:" + building.id().value());
    HttpResponse<String> nowhere =
        post("requests.json", faraway.replaceFirst("&address_string=[^&]*", ""));
    assertThat(nowhere.statusCode()).isEqualTo(400);
    assertThat(nowhere.body()).contains("within 500 m");

    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String range =
        "start_date="
            + now.minusDays(1).withNano(0)
            + "&end_date="
            + now.plusDays(1).withNano(0)
            + "&status=open&jurisdiction_id=spec-district";
    assertSameShape("requests", "?" + range, REQUESTS_XML, REQUESTS_JSON);
    assertSameShape("requests/" + ids.get(1), "", REQUESTS_XML, REQUESTS_JSON);
    // the second post is the first's duplicate (same building and service): merged, not open
    JsonNode listed =
        LENIENT.readTree(get("requests.json?" + range.replace("&status=open", "")).body());
    Set<String> found = new LinkedHashSet<>();
    listed.forEach(n -> found.add(n.get("service_request_id").asText()));
    assertThat(found).containsAll(ids);
    assertThat(get("requests.json?start_date=2010-01-01T00:00:00Z&end_date=2010-06-01T00:00:00Z"))
        .extracting(HttpResponse::statusCode)
        .as("more than 90 days")
        .isEqualTo(400);
  }

  @Test
  @DisplayName(
      "the example's error document for each refusal: 403 api_key, 400 attribute unknown, value"
          + " unknown or twice for one value, a media_url not http(s), 404 token (every service is"
          + " realtime)")
  void errors() throws Exception {
    Building building = aBuilding();
    String body = examplePost(building);
    Map<String, Integer> refusals =
        Map.of(
            body.replace("api_key=xyz", "api_key=abc"),
            403,
            body + "&attribute[WHISPAWN]=123456",
            400,
            body.replace("attribute[urgency]=URGENT", "attribute[urgency]=SOON"),
            400,
            body + "&attribute[urgency]=NORMAL",
            400,
            body.replace("service_code=water-leak", "service_code=001"),
            400,
            body.replace("media_url=http%3A%2F%2F", "media_url=ftp%3A%2F%2F"),
            400);
    for (Map.Entry<String, Integer> e : refusals.entrySet()) {
      for (String ext : List.of("xml", "json")) {
        HttpResponse<String> r = post("requests." + ext, e.getKey());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(e.getValue());
        JsonNode doc = ext.equals("xml") ? spark(xml(r.body())) : LENIENT.readTree(r.body());
        assertThat(shape(doc)).isEqualTo(shape(LENIENT.readTree(ERRORS_JSON)));
        assertThat(doc.get(0).get("code").asInt()).isEqualTo(e.getValue());
        assertThat(r.body()).doesNotContain("13812345678", "wang.xm");
      }
    }
    HttpResponse<String> token = get("tokens/12345.xml");
    assertThat(token.statusCode()).isEqualTo(404);
    assertThat(token.body()).contains("realtime");
    assertThat(shape(spark(xml(token.body())))).isEqualTo(shape(LENIENT.readTree(ERRORS_JSON)));
  }

  @Test
  @DisplayName(
      "GET discovery: the example's shape, this endpoint's URL, GeoReport v2, both formats, the"
          + " configured contact")
  void discovery() throws Exception {
    assertSameShape("discovery", DISCOVERY_XML, DISCOVERY_JSON);
    JsonNode d = LENIENT.readTree(get("discovery.json").body());
    assertThat(d.get("contact").asText()).isEqualTo("网格化服务管理中心 12345");
    JsonNode endpoint = d.get("endpoints").get(0);
    assertThat(endpoint.get("specification").asText())
        .isEqualTo("http://wiki.open311.org/GeoReport_v2");
    assertThat(endpoint.get("url").asText()).isEqualTo(base().replaceAll("/$", ""));
    assertThat(endpoint.get("type").asText()).isEqualTo("production");
    assertThat(endpoint.get("formats").toString()).isEqualTo("[\"text/xml\",\"application/json\"]");
  }

  // ---- shapes ----

  /** Our answer to {@code path} has the example's shape in both formats, and says the same. */
  void assertSameShape(String path, String exampleXml, String exampleJson) throws Exception {
    assertSameShape(path, "", exampleXml, exampleJson);
  }

  void assertSameShape(String path, String query, String exampleXml, String exampleJson)
      throws Exception {
    String expected = shape(LENIENT.readTree(exampleJson));
    assertThat(shape(spark(xml(exampleXml)))).isEqualTo(expected);
    HttpResponse<String> x = get(path + ".xml" + query);
    HttpResponse<String> j = get(path + ".json" + query);
    assertThat(x.statusCode()).as(x.body()).isEqualTo(200);
    assertThat(j.statusCode()).as(j.body()).isEqualTo(200);
    assertThat(x.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
    assertThat(j.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(x.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    assertThat(xml(x.body()).getTagName()).isEqualTo(xml(exampleXml).getTagName());
    JsonNode ours = LENIENT.readTree(j.body());
    assertThat(shape(ours)).as(path + ".json").isEqualTo(expected);
    assertThat(order(ours))
        .as(path + ": the specification's order of fields")
        .isEqualTo(order(LENIENT.readTree(exampleJson)));
    assertThat(shape(spark(xml(x.body())))).as(path + ".xml").isEqualTo(expected);
    assertThat(text(spark(xml(x.body()))))
        .as("the XML says what the JSON says")
        .isEqualTo(text(ours));
  }

  /**
   * A document's shape: each object's field names (sorted: a JSON object's fields have no order,
   * and the specification's own services example lists them in two), each list as the one shape of
   * its items (two items of one list in two shapes fail), a value as {@code ·} whatever its kind
   * (the specification writes one field as a number here and a string there).
   */
  static String shape(JsonNode n) {
    if (n.isObject()) {
      List<String> fields = new ArrayList<>();
      n.fieldNames().forEachRemaining(fields::add);
      java.util.Collections.sort(fields);
      StringBuilder b = new StringBuilder("{");
      for (String f : fields) {
        b.append(f).append(':').append(shape(n.get(f))).append(',');
      }
      return b.append('}').toString();
    }
    if (n.isArray()) {
      Set<String> items = new LinkedHashSet<>();
      n.forEach(i -> items.add(shape(i)));
      assertThat(items).as("one shape for the items of %s", n).hasSizeLessThanOrEqualTo(1);
      return "[" + String.join("", items) + "]";
    }
    return "·";
  }

  /**
   * The order of fields, as the specification's tables and its first example items give it: each
   * object's names in order, each list as its first item's.
   */
  static String order(JsonNode n) {
    if (n.isObject()) {
      StringBuilder b = new StringBuilder("{");
      n.properties().forEach(e -> b.append(e.getKey()).append(order(e.getValue())).append(','));
      return b.append('}').toString();
    }
    if (n.isArray()) {
      return n.isEmpty() ? "[]" : "[" + order(n.get(0)) + "]";
    }
    return "";
  }

  /** The values of a document, in order, as text (null and empty alike). */
  static String text(JsonNode n) {
    if (n.isContainerNode()) {
      StringBuilder b = new StringBuilder();
      n.forEach(c -> b.append(text(c)).append('|'));
      return b.toString();
    }
    return n.isNull() ? "" : n.asText().strip();
  }

  /**
   * The Spark convention: an element whose children all share one name (more than one, or named
   * as the singular of their parent) is a list; an element with children an object; an empty
   * element null; text a value.
   */
  static JsonNode spark(Element e) {
    List<Element> children = children(e);
    if (children.isEmpty()) {
      String t = e.getTextContent().strip();
      return t.isEmpty()
          ? JsonNodeFactory.instance.nullNode()
          : JsonNodeFactory.instance.textNode(t);
    }
    boolean list =
        children.stream().allMatch(c -> c.getTagName().equals(children.get(0).getTagName()))
            && (children.size() > 1 || isItemOf(children.get(0).getTagName(), e.getTagName()));
    if (list) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      children.forEach(c -> a.add(spark(c)));
      return a;
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    children.forEach(c -> o.set(c.getTagName(), spark(c)));
    return o;
  }

  /** Whether {@code child} names the items of {@code parent}: its plural, or request in service_requests. */
  static boolean isItemOf(String child, String parent) {
    return parent.equals(child + "s") || parent.equals("service_requests");
  }

  static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element el) {
        out.add(el);
      }
    }
    return out;
  }

  // ---- HTTP ----

  String base() {
    return "http://127.0.0.1:" + port + "/open311/v2/";
  }

  HttpResponse<String> get(String path) throws Exception {
    return WebTests.get(base() + path);
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return WebTests.post(base() + path, body);
  }

  static Element xml(String body) throws Exception {
    return WebTests.xml(body).getDocumentElement();
  }

  static String enc(String s) {
    return WebTests.enc(s);
  }
}

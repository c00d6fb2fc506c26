package io.github.gridgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@DirtiesContext
@SpringBootTest(
    classes = Open311Test.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gridgov.district=anfeng",
      "gridgov.open311.enabled=true",
      "gridgov.open311.api-keys=key-1,key-2",
      "gridgov.due-work.interval=1h"
    })
@DisplayName(
    "Open311 GeoReport v2 over HTTP: services, a resident's request through intake, errors")
class Open311Test {
  static final Jurisdiction ANFENG = SampleJurisdictions.anfeng().jurisdiction();
  static final ObjectMapper JSON = new ObjectMapper();
  static final EmbeddedPostgres SERVER = WebTests.postgres();
  static final Path REGISTRY = WebTests.registryDirectory("open311-registry", ANFENG);

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
    registry.add("gridgov.registry.csv-directory", REGISTRY::toString);
  }

  @LocalServerPort int port;
  @Autowired JdbcOrderStore store;

  HttpResponse<String> get(String path) throws Exception {
    return WebTests.get("http://127.0.0.1:" + port + "/open311/v2/" + path);
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    return WebTests.post("http://127.0.0.1:" + port + "/open311/v2/" + path, WebTests.form(form));
  }

  static Document xml(String body) throws Exception {
    return WebTests.xml(body);
  }

  static Map<String, String> resident(String household) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", "key-2");
    form.put("jurisdiction_id", "anfeng");
    form.put("service_code", "water-leak");
    form.put("address_id", household);
    form.put("first_name", "小明");
    form.put("last_name", "王");
    form.put("phone", "13812345678");
    form.put("email", "wang.xm@example.com");
    form.put("description", "楼上漏水，天花板滴水");
    return form;
  }

  @Test
  @DisplayName(
      "services.json and services.xml: the catalogue's categories with the specification's fields,"
          + " names in Chinese")
  void services() throws Exception {
    HttpResponse<String> json = get("services.json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    JsonNode list = JSON.readTree(json.body());
    assertThat(list.isArray()).isTrue();
    JsonNode leak = null;
    for (JsonNode s : list) {
      assertThat(s.fieldNames())
          .toIterable()
          .containsExactly(
              "service_code",
              "service_name",
              "description",
              "metadata",
              "type",
              "keywords",
              "group");
      if (s.get("service_code").asText().equals("water-leak")) {
        leak = s;
      }
    }
    assertThat(leak).isNotNull();
    assertThat(leak.get("service_name").asText()).isEqualTo("漏水");
    assertThat(leak.get("metadata").asBoolean()).as("attributes to give").isTrue();
    assertThat(leak.get("type").asText()).isEqualTo("realtime");
    Document doc = xml(get("services.xml").body());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("services");
    assertThat(doc.getElementsByTagName("service").getLength()).isEqualTo(list.size());
    Element first = (Element) doc.getElementsByTagName("service").item(0);
    assertThat(first.getElementsByTagName("service_code").item(0).getTextContent())
        .isEqualTo(list.get(0).get("service_code").asText());
    assertThat(get("services/water-leak.json").statusCode()).isEqualTo(200);
    assertThat(get("services/no-such-service.json").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName(
      "a resident's POST goes through intake to a dispatched order, its notice the reasons in"
          + " Chinese; GET gives it back with no personal data, the reporter stored in clear")
  void residentsRequest() throws Exception {
    Household h = ANFENG.households().findFirst().orElseThrow();
    HttpResponse<String> created = post("requests.json", resident(h.id().value()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(created.body()).get(0);
    String id = answer.get("service_request_id").asText();
    assertThat(answer.get("service_notice").asText()).containsPattern("\\p{IsHan}{4,}");
    assertThat(answer.get("account_id").isNull()).isTrue();

    ServiceOrder stored = store.load(OrderId.of(id)).orElseThrow();
    assertThat(stored.status()).isEqualTo(OrderStatus.DISPATCHED);
    assertThat(stored.reporter().get().phone().get().clearText()).isEqualTo("13812345678");
    assertThat(stored.reporter().get().name().get().clearText()).isEqualTo("王小明");

    HttpResponse<String> one = get("requests/" + id + ".json");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).doesNotContain("13812345678", "王小明", "wang.xm", "天花板");
    JsonNode r = JSON.readTree(one.body()).get(0);
    assertThat(r.get("status").asText()).isEqualTo("open");
    assertThat(r.get("service_code").asText()).isEqualTo("water-leak");
    assertThat(r.get("agency_responsible").asText()).isNotBlank();
    assertThat(r.get("address_id").asText())
        .as("the building, not the flat")
        .isEqualTo("BUILDING:" + ANFENG.buildingOf(h.id()).orElseThrow().value());
    assertThat(one.body()).doesNotContain(h.id().value());
    assertThat(r.get("requested_datetime").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");

    Document doc = xml(get("requests/" + id + ".xml").body());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("service_requests");
    assertThat(doc.getElementsByTagName("service_request_id").item(0).getTextContent())
        .isEqualTo(id);

    assertThat(get("requests.json?status=open").body()).contains(id);
    assertThat(get("requests.json?status=closed").body()).doesNotContain(id);
    assertThat(get("requests.json?status=closed,open").body()).contains(id);
    assertThat(get("requests.json?service_code=no-leak,water-leak").statusCode())
        .as("an unknown code among several")
        .isEqualTo(400);
    assertThat(get("requests.json?service_code=neighbour-noise,water-leak").body()).contains(id);
    assertThat(get("requests.json?service_code=neighbour-noise").body()).doesNotContain(id);
    assertThat(get("requests.json?status=open,shut").statusCode()).isEqualTo(400);
    JsonNode byIds = JSON.readTree(get("requests.json?service_request_id=OS-unknown," + id).body());
    assertThat(byIds).hasSize(1);
    assertThat(byIds.get(0).get("service_request_id").asText()).isEqualTo(id);
    assertThat(get("requests.json?service_request_id=" + id + ",bad%20id").statusCode())
        .isEqualTo(400);
  }

  @Test
  @DisplayName(
      "refusals in the specification's error format: 403 without a known api_key, 400 for an"
          + " unknown service or no location, 404 for an unknown request or jurisdiction")
  void errors() throws Exception {
    String household = ANFENG.households().findFirst().orElseThrow().id().value();
    Map<String, String> noKey = resident(household);
    noKey.remove("api_key");
    HttpResponse<String> forbidden = post("requests.json", noKey);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    JsonNode e = JSON.readTree(forbidden.body()).get(0);
    assertThat(e.get("code").asInt()).isEqualTo(403);
    assertThat(e.get("description").asText()).contains("api_key");

    Map<String, String> unknown = resident(household);
    unknown.put("service_code", "no-such-service");
    assertThat(post("requests.json", unknown).statusCode()).isEqualTo(400);

    Map<String, String> nowhere = resident(household);
    nowhere.remove("address_id");
    HttpResponse<String> noLocation = post("requests.xml", nowhere);
    assertThat(noLocation.statusCode()).isEqualTo(400);
    Document d = xml(noLocation.body());
    assertThat(d.getDocumentElement().getTagName()).isEqualTo("errors");
    assertThat(d.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("400");
    assertThat(d.getElementsByTagName("description").item(0).getTextContent())
        .contains("location is required");

    Map<String, String> badPhone = resident(household);
    badPhone.put("phone", "12345");
    HttpResponse<String> refusedPhone = post("requests.json", badPhone);
    assertThat(refusedPhone.statusCode()).isEqualTo(400);
    assertThat(refusedPhone.body()).doesNotContain("12345");

    HttpResponse<String> missing = get("requests/OS-none.xml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(xml(missing.body()).getElementsByTagName("code").item(0).getTextContent())
        .isEqualTo("404");
    assertThat(get("services.json?jurisdiction_id=elsewhere").statusCode()).isEqualTo(404);
    assertThat(get("services.csv").statusCode()).isEqualTo(404);
  }
}

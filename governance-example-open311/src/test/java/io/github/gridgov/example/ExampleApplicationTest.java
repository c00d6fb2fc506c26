package io.github.gridgov.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("the example application: the README's curl, dispatched with its reasons in Chinese")
class ExampleApplicationTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  @DisplayName(
      "a resident's POST of a leak is dispatched to the building's leader, the notice in Chinese;"
          + " its XML says 已派单 and names no personal data")
  void readmeCurl() throws Exception {
    String form =
        "api_key=demo-key&service_code=water-leak&address_id=AF-K1-B3-3-402"
            + "&last_name=%E7%8E%8B&first_name=%E5%B0%8F%E6%98%8E&phone=13812345678"
            + "&description=%E6%A5%BC%E4%B8%8A%E6%BC%8F%E6%B0%B4";
    HttpResponse<String> posted =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    assertThat(posted.body()).contains("从楼栋层级开始办理。", "AF-leader-K1-B3是楼栋层级的最佳人选");
    Matcher id =
        Pattern.compile("\"service_request_id\":\"(OS-[0-9a-f-]+)\"").matcher(posted.body());
    assertThat(id.find()).isTrue();
    HttpResponse<String> xml =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + port
                            + "/open311/v2/requests/"
                            + id.group(1)
                            + ".xml"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(xml.statusCode()).isEqualTo(200);
    assertThat(xml.body())
        .contains("<status>open</status>", "<status_notes>已派单</status_notes>")
        .contains("<agency_responsible>楼栋 AF-leader-K1-B3</agency_responsible>")
        .contains("<address_id>BUILDING:AF-K1-B3</address_id>")
        .doesNotContain("13812345678", "王小明", "楼上漏水", "AF-K1-B3-3-402");
  }
}

package io.github.gridgov.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.fixtures.SampleJurisdictions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "example.sample=youyihe")
@DisplayName("the example application on another sample community (example.sample=youyihe)")
class ExampleSampleTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/open311/v2/" + path))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName(
      "友谊河社区's registry, its district as jurisdiction_id: a household's report is taken with"
          + " its reasons in Chinese; discovery says test, not production")
  void youyihe() throws Exception {
    String household =
        SampleJurisdictions.youyihe()
            .jurisdiction()
            .households()
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    HttpResponse<String> posted =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "api_key=demo-key&jurisdiction_id=youyihe&service_code=water-leak"
                            + "&address_id="
                            + household))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    assertThat(posted.body()).containsPattern("\"service_notice\":\"[^\"]*\\p{IsHan}{4,}");
    assertThat(get("services.json?jurisdiction_id=anfeng").statusCode()).isEqualTo(404);
    assertThat(get("discovery.json").body()).contains("\"type\":\"test\"");
  }
}

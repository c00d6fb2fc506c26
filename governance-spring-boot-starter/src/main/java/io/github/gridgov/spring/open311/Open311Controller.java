package io.github.gridgov.spring.open311;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.GovernanceException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open311 GeoReport v2 endpoints under {@code gridgov.open311.path} ({@code /open311/v2}
 * unless set): {@code services.(json|xml)}, {@code services/{code}.(json|xml)}, {@code
 * requests.(json|xml)} (GET and POST), {@code requests/{id}.(json|xml)}, {@code
 * tokens/{token}.(json|xml)} and {@code discovery.(json|xml)}. A refused request gets
 * the specification's error document in the same format, with HTTP 400, 403 or 404.
 *
 * @since 0.1.0
 */
@RestController
public class Open311Controller {
  private static final Logger LOG = LoggerFactory.getLogger(Open311Controller.class);

  private final GeoReport geoReport;

  /** The endpoints over {@code geoReport}. */
  public Open311Controller(GeoReport geoReport) {
    this.geoReport = requireNonNull(geoReport, "geoReport");
  }

  /** {@code GET services}. */
  @GetMapping("${gridgov.open311.path:/open311/v2}/services.{format}")
  public ResponseEntity<String> services(
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    return respond(
        format,
        "services",
        "service",
        () -> geoReport.services(Optional.ofNullable(jurisdiction)),
        HttpStatus.OK);
  }

  /** {@code GET services/{code}}: the attributes every service takes. */
  @GetMapping("${gridgov.open311.path:/open311/v2}/services/{code}.{format}")
  public ResponseEntity<String> definition(
      @PathVariable String code,
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    return respondObject(
        format,
        "service_definition",
        () -> geoReport.definition(code, Optional.ofNullable(jurisdiction)));
  }

  /**
   * {@code POST requests}, form-encoded as the specification says; a field may come several times
   * ({@code attribute[flags][]}).
   */
  @PostMapping(
      path = "${gridgov.open311.path:/open311/v2}/requests.{format}",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<String> post(
      @PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
    return respond(
        format, "service_requests", "request", () -> geoReport.post(form), HttpStatus.CREATED);
  }

  /** {@code GET tokens/{token}}: no token is ever issued (every service is realtime). */
  @GetMapping("${gridgov.open311.path:/open311/v2}/tokens/{token}.{format}")
  public ResponseEntity<String> token(
      @PathVariable String token,
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    return respond(
        format,
        "service_requests",
        "request",
        () -> geoReport.token(token, Optional.ofNullable(jurisdiction)),
        HttpStatus.OK);
  }

  /** {@code GET discovery}: this endpoint, its specification and formats. */
  @GetMapping("${gridgov.open311.path:/open311/v2}/discovery.{format}")
  public ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
    String uri = request.getRequestURL().toString();
    String endpoint = uri.substring(0, uri.lastIndexOf('/'));
    return respondObject(format, "discovery", () -> geoReport.discovery(endpoint));
  }

  /** {@code GET requests}. */
  @GetMapping("${gridgov.open311.path:/open311/v2}/requests.{format}")
  public ResponseEntity<String> requests(
      @PathVariable String format, @RequestParam Map<String, String> query) {
    return respond(
        format, "service_requests", "request", () -> geoReport.requests(query), HttpStatus.OK);
  }

  /** {@code GET requests/{id}}. */
  @GetMapping("${gridgov.open311.path:/open311/v2}/requests/{id}.{format}")
  public ResponseEntity<String> request(
      @PathVariable String id,
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    return respond(
        format,
        "service_requests",
        "request",
        () -> geoReport.request(id, Optional.ofNullable(jurisdiction)),
        HttpStatus.OK);
  }

  private static ResponseEntity<String> respond(
      String ext,
      String root,
      String item,
      Supplier<List<Map<String, Object>>> body,
      HttpStatus ok) {
    return answer(ext, ok, format -> format.write(root, item, body.get()));
  }

  private static ResponseEntity<String> respondObject(
      String ext, String root, Supplier<Map<String, Object>> body) {
    return answer(ext, HttpStatus.OK, format -> format.writeObject(root, body.get()));
  }

  /** The document {@code write} makes in the format of {@code ext}, or the error document. */
  private static ResponseEntity<String> answer(
      String ext, HttpStatus ok, Function<GeoReportFormat, String> write) {
    GeoReportFormat format;
    try {
      format = GeoReportFormat.of(ext);
    } catch (Open311Exception e) {
      return error(GeoReportFormat.JSON, e.status(), e.getMessage());
    }
    try {
      return ResponseEntity.status(ok)
          .contentType(MediaType.parseMediaType(format.mediaType + ";charset=UTF-8"))
          .body(write.apply(format));
    } catch (Open311Exception e) {
      return error(format, e.status(), e.getMessage());
    } catch (GovernanceException e) {
      // a step the rules refuse (the model's message masks personal data)
      LOG.info("Open311 request refused: {}", e.getMessage());
      return error(format, 400, e.getMessage());
    }
  }

  private static ResponseEntity<String> error(GeoReportFormat format, int status, String text) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("code", status);
    m.put("description", text);
    return ResponseEntity.status(status)
        .contentType(MediaType.parseMediaType(format.mediaType + ";charset=UTF-8"))
        .body(format.write("errors", "error", List.of(m)));
  }
}

package io.github.gridgov.spring.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.internal.Checks;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The two formats of GeoReport v2 — a JSON array of objects, or an XML root element holding one
 * element per object with a child element per field — chosen by the path's extension ({@code
 * services.json}, {@code requests.xml}). A null field is written as JSON {@code null} and as an
 * empty XML element, as the specification's examples show.
 */
enum GeoReportFormat {
  JSON("application/json"),
  XML("text/xml");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final XMLOutputFactory XML_OUT = XMLOutputFactory.newFactory();

  final String mediaType;

  GeoReportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The format of extension {@code ext}; a 404 for any other (the resource does not exist). */
  static GeoReportFormat of(String ext) {
    return switch (ext.toLowerCase(Locale.ROOT)) {
      case "json" -> JSON;
      case "xml" -> XML;
      default ->
          throw new Open311Exception(
              404, "format '" + Checks.abbreviate(ext) + "' is not served: use .json or .xml");
    };
  }

  /** {@code items} as the document {@code root} of elements named {@code item}. */
  String write(String root, String item, List<Map<String, Object>> items) {
    return switch (this) {
      case JSON -> json(items);
      case XML -> xml(root, item, items);
    };
  }

  private static String json(List<Map<String, Object>> items) {
    try {
      return MAPPER.writeValueAsString(items);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a GeoReport document", e);
    }
  }

  private static String xml(String root, String item, List<Map<String, Object>> items) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XML_OUT.createXMLStreamWriter(out);
      w.writeStartDocument("utf-8", "1.0");
      w.writeStartElement(root);
      for (Map<String, Object> m : items) {
        w.writeStartElement(item);
        fields(w, m);
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write a GeoReport document", e);
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void fields(XMLStreamWriter w, Map<String, Object> m) throws XMLStreamException {
    for (Map.Entry<String, Object> e : m.entrySet()) {
      Object v = e.getValue();
      if (v instanceof List<?> list) {
        // a list of values: the element repeated, as <keywords> and <values> are
        w.writeStartElement(e.getKey());
        for (Object o : list) {
          if (o instanceof Map<?, ?> child) {
            w.writeStartElement(singular(e.getKey()));
            fields(w, (Map<String, Object>) child);
            w.writeEndElement();
          } else {
            w.writeCharacters(String.valueOf(o));
          }
        }
        w.writeEndElement();
      } else if (v == null) {
        w.writeEmptyElement(e.getKey());
      } else {
        w.writeStartElement(e.getKey());
        w.writeCharacters(String.valueOf(v));
        w.writeEndElement();
      }
    }
  }

  private static String singular(String plural) {
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }
}

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
 * The two formats of GeoReport v2, chosen by the path's extension ({@code services.json}, {@code
 * requests.xml}), one the other's mapping by the Spark convention the specification names: a list
 * document is a JSON array of objects, or an XML root element holding one element per object; a
 * single document ({@code service_definition}, {@code discovery}) a JSON object, or the root
 * element itself. Each field is a child element; a list field ({@code attributes}, {@code values},
 * {@code formats}) an element holding one element per item, named by the field's singular. A null
 * field is written as JSON {@code null} and as an empty XML element, as the specification's
 * examples show.
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

  /** {@code fields} as the single document {@code root}. */
  String writeObject(String root, Map<String, Object> fields) {
    return switch (this) {
      case JSON -> json(fields);
      case XML -> xml(root, null, List.of(fields));
    };
  }

  private static String json(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
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
        if (item != null) {
          w.writeStartElement(item);
        }
        fields(w, m);
        if (item != null) {
          w.writeEndElement();
        }
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
        // a list: one element per item, named by the field's singular (<values><value>)
        w.writeStartElement(e.getKey());
        for (Object o : list) {
          w.writeStartElement(singular(e.getKey()));
          if (o instanceof Map<?, ?> child) {
            fields(w, (Map<String, Object>) child);
          } else {
            w.writeCharacters(String.valueOf(o));
          }
          w.writeEndElement();
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

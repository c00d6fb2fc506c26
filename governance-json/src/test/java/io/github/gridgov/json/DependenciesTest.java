package io.github.gridgov.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("Jackson and the CSV parser live in governance-json only")
class DependenciesTest {

  /** The artifacts {@code pom} depends on at compile or runtime scope. */
  static List<String> runtimeDependencies(Path pom) throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    Element dependencies =
        (Element) doc.getDocumentElement().getElementsByTagName("dependencies").item(0);
    List<String> out = new ArrayList<>();
    NodeList list = dependencies.getElementsByTagName("dependency");
    for (int i = 0; i < list.getLength(); i++) {
      Element d = (Element) list.item(i);
      NodeList scope = d.getElementsByTagName("scope");
      String s = scope.getLength() == 0 ? "compile" : scope.item(0).getTextContent().strip();
      if (s.equals("compile") || s.equals("runtime")) {
        out.add(d.getElementsByTagName("artifactId").item(0).getTextContent().strip());
      }
    }
    return out;
  }

  @Test
  @DisplayName("core and rules keep Guava and slf4j-api as their only runtime dependencies")
  void coreAndRules() throws Exception {
    Path root = Path.of("..");
    assertThat(Files.exists(root.resolve("governance-core/pom.xml"))).isTrue();
    assertThat(runtimeDependencies(root.resolve("governance-core/pom.xml")))
        .containsExactlyInAnyOrder("guava", "slf4j-api");
    assertThat(runtimeDependencies(root.resolve("governance-rules/pom.xml")))
        .containsExactlyInAnyOrder("governance-core", "guava", "slf4j-api");
    assertThat(runtimeDependencies(root.resolve("governance-json/pom.xml")))
        .contains("jackson-databind");
  }

  @Test
  @DisplayName("no class of core or rules refers to Jackson or Commons CSV")
  void noJacksonBelow() {
    noClasses()
        .that()
        .resideInAnyPackage("io.github.gridgov.core..", "io.github.gridgov.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "tools.jackson..", "org.apache.commons.csv..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.gridgov.core", "io.github.gridgov.rules"));
  }
}

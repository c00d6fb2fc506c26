package io.github.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("zh/en labels")
class LabelsTest {

  private static final com.tngtech.archunit.core.domain.JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.gridgov.core");

  /** Every enum of core that implements Labelled, found from the class files. */
  static List<Class<?>> labelledEnums() {
    return CORE.stream()
        .filter(c -> c.isEnum() && c.isAssignableTo(Labelled.class))
        .map(JavaClass::reflect)
        .collect(Collectors.toList());
  }

  /** The constants of every catalogue code type of core ({@code Category.WATER_LEAK}, ...). */
  static List<Code> catalogueConstants() {
    return CORE.stream()
        .filter(
            c ->
                c.isAssignableTo(Code.class)
                    && !c.getModifiers()
                        .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
        .flatMap(c -> java.util.Arrays.stream(c.reflect().getFields()))
        .filter(
            f ->
                java.lang.reflect.Modifier.isStatic(f.getModifiers())
                    && Code.class.isAssignableFrom(f.getType()))
        .map(
            f -> {
              try {
                return (Code) f.get(null);
              } catch (IllegalAccessException e) {
                throw new AssertionError(e);
              }
            })
        .collect(Collectors.toList());
  }

  @Test
  @DisplayName(
      "every public enum outside internal is labelled, so a dispatcher never reads a constant's code name")
  void everyPublicEnum() {
    List<String> unlabelled =
        CORE.stream()
            .filter(
                c ->
                    c.isEnum()
                        && c.getModifiers()
                            .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                        && !c.getPackageName().contains(".internal"))
            .filter(c -> !c.isAssignableTo(Labelled.class))
            .map(JavaClass::getName)
            .collect(Collectors.toList());
    assertThat(unlabelled).isEmpty();
  }

  @Test
  @DisplayName("every category, skill and department we ship has a Chinese and an English label")
  void catalogueCodes() {
    List<Code> codes = catalogueConstants();
    assertThat(codes)
        .contains(
            io.github.gridgov.core.order.Category.WATER_LEAK,
            io.github.gridgov.core.people.Skill.PLUMBING,
            io.github.gridgov.core.people.Department.HOUSING);
    for (Code c : codes) {
      assertThat(c.zh())
          .as("%s %s zh", c.getClass().getSimpleName(), c)
          .matches("[^A-Za-z]*\\p{IsHan}[^A-Za-z]*");
      assertThat(c.en())
          .as("%s %s en", c.getClass().getSimpleName(), c)
          .matches("[ -~]+")
          .doesNotContain("-" + "-");
    }
    assertThat(io.github.gridgov.core.order.Category.WATER_LEAK.zh()).isEqualTo("漏水");
    assertThat(io.github.gridgov.core.order.Category.WATER_LEAK.en()).isEqualTo("water leak");
    assertThat(io.github.gridgov.core.people.Department.DISTRICT_COORDINATOR.zh())
        .isEqualTo("区级统筹单位");
  }

  @Test
  @DisplayName(
      "a platform's own code with no text reads as its code; with a text of its own, as that text")
  void platformCodes() {
    io.github.gridgov.core.order.Category pets =
        io.github.gridgov.core.order.Category.of("pet-nuisance");
    assertThat(pets.zh()).isEqualTo("pet-nuisance");
    assertThat(
            pets.label(
                Texts.chinese().withOverrides(java.util.Map.of("Category.pet-nuisance", "宠物扰民"))))
        .isEqualTo("宠物扰民");
  }

  @Test
  @DisplayName("every constant of every labelled enum has a Chinese and an English label")
  void complete() {
    List<Class<?>> enums = labelledEnums();
    assertThat(enums)
        .extracting(Class::getSimpleName)
        .contains("Tier", "OrderStatus", "CareNeed", "Kind", "Severity", "OrderStep");
    for (Class<?> type : enums) {
      for (Object constant : type.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        assertThat(l.zh())
            .as("%s.%s zh", type.getSimpleName(), constant)
            .matches("[^A-Za-z]*\\p{IsHan}[^A-Za-z]*");
        assertThat(l.en())
            .as("%s.%s en", type.getSimpleName(), constant)
            .isNotBlank()
            .matches("[ -~]+");
      }
    }
  }

  @Test
  @DisplayName("a zh locale of any country gets Chinese; any other locale gets English")
  void locales() {
    assertThat(Tier.STREET.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("街道");
    assertThat(Tier.STREET.label(Locale.TRADITIONAL_CHINESE)).isEqualTo("街道");
    assertThat(Tier.STREET.label(Locale.FRENCH)).isEqualTo("street");
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(Tier.STREET.label(Locale.ENGLISH)).isEqualTo("street");
    } finally {
      Locale.setDefault(before);
    }
  }
}

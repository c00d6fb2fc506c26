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

  /** Every enum of core that implements Labelled, found from the class files. */
  static List<Class<?>> labelledEnums() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.gridgov.core").stream()
        .filter(c -> c.isEnum() && c.isAssignableTo(Labelled.class))
        .map(JavaClass::reflect)
        .collect(Collectors.toList());
  }

  @Test
  @DisplayName("every constant of every labelled enum has a Chinese and an English label")
  void complete() {
    List<Class<?>> enums = labelledEnums();
    assertThat(enums).extracting(Class::getSimpleName).contains("Tier", "OrderStatus", "CareNeed");
    for (Class<?> type : enums) {
      for (Object constant : type.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        assertThat(l.zh()).as("%s.%s zh", type.getSimpleName(), constant)
            .isNotBlank().matches(".*\\p{IsHan}.*");
        assertThat(l.en()).as("%s.%s en", type.getSimpleName(), constant)
            .isNotBlank().matches("[ -~]+");
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

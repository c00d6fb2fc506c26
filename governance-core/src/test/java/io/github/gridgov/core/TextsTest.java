package io.github.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.order.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Texts: language, zone and a platform's own texts")
class TextsTest {
  /** 2026-11-26 08:00 UTC = 16:00 北京时间. */
  private static final Instant AT = Instant.parse("2026-11-26T08:00:00Z");

  @Nested
  @DisplayName("times")
  class Times {
    @Test
    @DisplayName(
        "for people: Beijing time by default, no zone named in Chinese, the offset named in English")
    void forPeople() {
      assertThat(Texts.chinese().time(AT)).isEqualTo("2026年11月26日 16:00");
      assertThat(Texts.english().time(AT)).isEqualTo("2026-11-26 16:00 +08:00");
      assertThat(Texts.chinese().time(AT.plusSeconds(7))).isEqualTo("2026年11月26日 16:00:07");
      assertThat(Texts.english().time(AT.plusMillis(7_250)))
          .isEqualTo("2026-11-26 16:00:07 +08:00");
    }

    @Test
    @DisplayName("a platform's own zone: Chinese times then name their offset, UTC as +00:00")
    void ownZone() {
      Texts urumqi = Texts.chinese().inZone(ZoneId.of("Asia/Urumqi"));
      assertThat(urumqi.time(AT)).isEqualTo("2026年11月26日 14:00（UTC+06:00）");
      assertThat(Texts.chinese().inZone(ZoneOffset.UTC).time(AT))
          .isEqualTo("2026年11月26日 08:00（UTC+00:00）");
      assertThat(Texts.english().inZone(ZoneOffset.UTC).time(AT))
          .isEqualTo("2026-11-26 08:00 +00:00");
      assertThat(urumqi.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
      assertThat(Texts.chinese().zone()).isEqualTo(Texts.BEIJING);
    }

    @Test
    @DisplayName(
        "for machines: ISO-8601 with the offset, never Z, and it reads back to the same instant")
    void forMachines() {
      assertThat(Texts.chinese().iso(AT)).isEqualTo("2026-11-26T16:00:00+08:00");
      assertThat(Texts.iso(AT, ZoneOffset.UTC)).isEqualTo("2026-11-26T08:00:00+00:00");
      assertThat(Texts.iso(AT.plusMillis(777), Texts.BEIJING))
          .isEqualTo("2026-11-26T16:00:00.777+08:00");
      for (ZoneId z : new ZoneId[] {Texts.BEIJING, ZoneOffset.UTC, ZoneId.of("America/St_Johns")}) {
        String text = Texts.iso(AT.plusMillis(1), z);
        assertThat(text).doesNotEndWith("Z");
        assertThat(OffsetDateTime.parse(text).toInstant()).isEqualTo(AT.plusMillis(1));
      }
    }

    @Test
    @DisplayName("dates: 2026年11月26日 and 2026-11-26")
    void dates() {
      assertThat(Texts.chinese().date(LocalDate.of(2026, 11, 26))).isEqualTo("2026年11月26日");
      assertThat(Texts.english().date(LocalDate.of(2026, 1, 6))).isEqualTo("2026-01-06");
    }

    @Test
    @DisplayName(
        "an offset with seconds (Shanghai's local mean time before 1901) keeps them, so it reads back")
    void oldTimes() {
      Instant old = Instant.parse("1900-01-01T00:00:00Z");
      assertThat(Texts.iso(old, Texts.BEIJING)).isEqualTo("1900-01-01T08:05:43+08:05:43");
      assertThat(OffsetDateTime.parse(Texts.iso(old, Texts.BEIJING)).toInstant()).isEqualTo(old);
    }
  }

  @Nested
  @DisplayName("a platform's own texts")
  class Overrides {
    @Test
    @DisplayName(
        "a resource bundle's key wins over ours; others stay ours; the texts we started from do not change")
    void bundle() {
      ListResourceBundle mine =
          new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
              return new Object[][] {{"Tier.BUILDING", "楼门"}, {"Category.pet-nuisance", "宠物扰民"}};
            }
          };
      Texts texts = Texts.chinese().withOverrides(mine);
      assertThat(Tier.BUILDING.label(texts)).isEqualTo("楼门");
      assertThat(Tier.GRID.label(texts)).isEqualTo("网格");
      assertThat(Category.of("pet-nuisance").label(texts)).isEqualTo("宠物扰民");
      assertThat(Tier.BUILDING.label(Texts.chinese())).isEqualTo("楼栋");
      assertThat(texts.text(Texts.class, "labels", "Tier.BUILDING")).contains("楼门");
      assertThat(texts.text(Texts.class, "labels", "Tier.GRID")).contains("网格");
      assertThat(texts.text(Texts.class, "labels", "Tier.NOWHERE")).isEmpty();
    }

    @Test
    @DisplayName("later overrides win; the language and zone stay")
    void layering() {
      Texts t =
          Texts.english()
              .inZone(ZoneOffset.UTC)
              .withOverrides(Map.of("Tier.GRID", "block"))
              .withOverrides(Map.of("Tier.GRID", "cell"));
      assertThat(Tier.GRID.label(t)).isEqualTo("cell");
      assertThat(t.isChinese()).isFalse();
      assertThat(t.locale()).isEqualTo(Locale.ENGLISH);
      assertThat(t.zone()).isEqualTo(ZoneOffset.UTC);
      assertThat(t)
          .isEqualTo(
              Texts.english().inZone(ZoneOffset.UTC).withOverrides(Map.of("Tier.GRID", "cell")))
          .hasSameHashCodeAs(
              Texts.english().inZone(ZoneOffset.UTC).withOverrides(Map.of("Tier.GRID", "cell")))
          .isNotEqualTo(Texts.english())
          .hasToString("Texts[en, Z, 1 overrides]");
      assertThat(Texts.of(Locale.TRADITIONAL_CHINESE)).isSameAs(Texts.chinese());
      assertThat(Texts.of(Locale.GERMAN)).isSameAs(Texts.english());
    }

    @Test
    @DisplayName(
        "a blank or spoofing text, or an over-long key, is refused with the field named and nothing kept")
    void badTexts() {
      assertThatThrownBy(() -> Texts.chinese().withOverrides(Map.of("Tier.GRID", " ")))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("Cannot create Texts: text of Tier.GRID '(1 character)' must not be blank");
      assertThatThrownBy(() -> Texts.chinese().withOverrides(Map.of("Tier.GRID", "网格\u202E")))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("text of Tier.GRID")
          .hasMessageContaining("U+202E at 2");
      assertThatThrownBy(
              () ->
                  Texts.chinese().withOverrides(Map.of("k".repeat(Texts.MAX_KEY_LENGTH + 1), "x")))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("key")
          .hasMessageContaining("at most 200");
      assertThatThrownBy(
              () ->
                  Texts.chinese()
                      .withOverrides(Map.of("Tier.GRID", "长".repeat(Texts.MAX_TEXT_LENGTH + 1))))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("at most 2000");
      assertThat(Tier.GRID.label(Texts.chinese())).isEqualTo("网格");
    }
  }
}

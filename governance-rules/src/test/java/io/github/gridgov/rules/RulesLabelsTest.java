package io.github.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.Texts;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import io.github.gridgov.rules.triage.TriageOutcome;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("zh/en labels of the rules' enums")
class RulesLabelsTest {
  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.gridgov.rules");

  @Test
  @DisplayName(
      "every public enum outside internal is labelled, each constant in Chinese (no Latin) and English")
  void everyPublicEnum() {
    List<JavaClass> enums =
        RULES.stream()
            .filter(
                c ->
                    c.isEnum()
                        && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && !c.getPackageName().contains(".internal"))
            .collect(Collectors.toList());
    assertThat(enums)
        .extracting(JavaClass::getSimpleName)
        .contains("TriageOutcome", "EscalationKind", "Coverage", "Choice");
    assertThat(
            enums.stream().filter(c -> !c.isAssignableTo(Labelled.class)).map(JavaClass::getName))
        .isEmpty();
    for (JavaClass c : enums) {
      for (Object constant : c.reflect().getEnumConstants()) {
        Labelled l = (Labelled) constant;
        assertThat(l.zh())
            .as("%s.%s zh", c.getSimpleName(), constant)
            .matches("[^A-Za-z]*\\p{IsHan}[^A-Za-z]*");
        assertThat(l.en())
            .as("%s.%s en", c.getSimpleName(), constant)
            .matches("[ -~]+")
            .isNotEqualTo(constant.toString());
      }
    }
  }

  @Test
  @DisplayName("a platform's texts rename a triage outcome and a reason, ours stay for the rest")
  void platformTexts() {
    Texts mine =
        Texts.chinese()
            .withOverrides(Map.of("TriageOutcome.PROCEED", "派单办理", "triage.start", "由{0}先行办理。"));
    assertThat(TriageOutcome.PROCEED.label(mine)).isEqualTo("派单办理");
    assertThat(TriageOutcome.DUPLICATE.label(mine)).isEqualTo("重复诉求");
    Reason start =
        Reason.of(
            io.github.gridgov.rules.triage.TriageRules.STARTING_TIER,
            "triage.start",
            io.github.gridgov.core.Tier.GRID);
    assertThat(start.render(mine)).isEqualTo("由网格先行办理。");
    assertThat(start.render(Texts.chinese())).isEqualTo("从网格层级开始办理。");
    Texts names =
        Texts.english().withOverrides(Map.of("RuleRef.triage.starting-tier", "where it starts"));
    assertThat(io.github.gridgov.rules.triage.TriageRules.STARTING_TIER.name(names))
        .isEqualTo("where it starts");
    assertThat(io.github.gridgov.rules.triage.TriageRules.STARTING_TIER.name(Texts.chinese()))
        .isEqualTo(io.github.gridgov.rules.triage.TriageRules.STARTING_TIER.zh());
    assertThat(mine.own("triage.start")).contains("由{0}先行办理。");
    assertThat(Texts.chinese().own("triage.start")).isEmpty();
  }

  @Test
  @DisplayName("a time in a reason: Beijing time for people, ISO-8601 with +08:00 for machines")
  void times() {
    Reason late =
        Reason.of(
            io.github.gridgov.rules.escalation.EscalationRules.DEADLINE,
            "escalation.deadline",
            java.time.Instant.parse("2026-11-26T08:00:00Z"));
    assertThat(late.render(Texts.chinese())).isEqualTo("已超过办结时限2026年11月26日 16:00。");
    assertThat(late.render(Texts.english()))
        .isEqualTo("The resolution deadline 2026-11-26 16:00 +08:00 has passed.");
    assertThat(late.render(Texts.chinese().inZone(java.time.ZoneOffset.UTC)))
        .isEqualTo("已超过办结时限2026年11月26日 08:00（UTC+00:00）。");
    assertThat(late.args()).containsExactly("2026-11-26T16:00:00+08:00");
    assertThat(late).hasToString("escalation.deadline[2026-11-26T16:00:00+08:00]");
  }

  @Test
  @DisplayName("every rule's source reads in Chinese: 第N条, no Latin; ours as 本库默认值（可配置）")
  void citations() {
    assertThat(RuleIdentityTest.all()).hasSizeGreaterThan(50);
    for (RuleRef r : RuleIdentityTest.all()) {
      String zh = r.source().citation(Texts.chinese());
      assertThat(zh.replace("MicroCommunity", "").replace("ServiceNow", ""))
          .as("%s: %s", r.code(), r.source().citation())
          .doesNotContainPattern("[A-Za-z]");
      assertThat(r.source().citation(Texts.english())).isEqualTo(r.source().citation());
    }
    assertThat(RuleSource.law("北京市接诉即办工作条例 Art. 16, 33").citation(Texts.chinese()))
        .isEqualTo("北京市接诉即办工作条例 第16、33条");
    assertThat(RuleSource.law("民法典 Art. 278, Art. 1259").citation(Texts.chinese()))
        .isEqualTo("民法典 第278条、第1259条");
    assertThat(RuleSource.law("北京市接诉即办工作条例 Art. 12-13").citation(Texts.chinese()))
        .isEqualTo("北京市接诉即办工作条例 第12至13条");
    assertThat(
            RuleSource.law("北京市接诉即办工作条例 Art. 23 (callback; the limit is ours)")
                .citation(Texts.chinese()))
        .isEqualTo("北京市接诉即办工作条例 第23条");
    assertThat(RuleSource.ours().citation(Texts.chinese())).isEqualTo("本库默认值（可配置）");
  }
}

package io.github.gridgov.rules.compliance;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.Membership;
import io.github.gridgov.core.people.MembershipKind;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.PhoneNumber;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.ResidentRole;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.registry.Jurisdiction;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("合规检查: the registry against the rules its bodies and grids must meet")
class ComplianceChecksTest {
  static int seq;

  /** A resident of B-60 (友谊河社区) or B-43 (安丰社区) holding {@code role}, of the given sex. */
  static void member(Jurisdiction.Builder b, String building, ResidentRole role, boolean woman) {
    int n = ++seq;
    String body = String.format("11010519800101%02d%d", n, woman ? 2 : 1);
    ResidentId id = ResidentId.of("P-member-" + n);
    b.addResident(
        Resident.builder()
            .id(id)
            .name(PersonName.of("委员"))
            .idNumber(IdCardNumber.of(body + IdCardNumber.checkCharacter(body)))
            .addRole(role)
            .build());
    b.addHousehold(
        Household.builder()
            .id(HouseholdId.of("H-" + building + "-9-" + n))
            .building(io.github.gridgov.core.area.BuildingId.of(building))
            .unit("9")
            .room(Integer.toString(100 + n))
            .addMember(Membership.of(id, MembershipKind.HEAD))
            .build());
  }

  @Test
  @DisplayName("the hand-made street: missing committees, incomplete grid notices, sizes, leaders")
  void neighbourhood() {
    ComplianceReport r = ComplianceChecks.check(DISTRICT);
    assertThat(r.isCompliant()).isFalse();
    assertThat(r.errors())
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(
            tuple(ComplianceChecks.GRID_NOTICE, "GRID:G-1"),
            tuple(ComplianceChecks.GRID_NOTICE, "GRID:G-2"),
            tuple(ComplianceChecks.GRID_NOTICE, "GRID:G-3"));
    assertThat(r.errors().get(0).reasons().render(Locale.CHINESE))
        .containsExactly("网格G-1的公示信息缺少区域范围、监督电话、网格员姓名及联系方式。");
    assertThat(r.errors().get(0).source().citation()).isEqualTo("滨州市社会治理网格化服务管理条例 Art. 6");
    assertThat(r.errors().get(0).source().kind())
        .isEqualTo(io.github.gridgov.rules.reason.RuleSource.Kind.LAW);
    assertThat(r.of(ComplianceChecks.MEDIATION_COMMITTEE))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING));
    assertThat(r.of(ComplianceChecks.BUILDING_LEADER))
        .extracting(Finding::subject)
        .containsExactly("BUILDING:B-44", "BUILDING:B-50", "BUILDING:B-60");
    assertThat(r.of(ComplianceChecks.COMMUNITY_SIZE).get(0).reasons().render(Locale.ENGLISH))
        .containsExactly("The community C-anfeng has 4 households, outside 100-700.");
    assertThat(r.of(ComplianceChecks.UNMANAGED_PARTNER)).isEmpty();
    assertThat(r.of(ComplianceChecks.GRID_SIZE))
        .extracting(Finding::subject)
        .containsExactly("GRID:G-1", "GRID:G-2", "GRID:G-3");
    assertThat(r.of(ComplianceChecks.GRID_SIZE).get(0).source().isOurs()).isTrue();
    assertThat(r.warnings())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING))
        .doesNotContainAnyElementsOf(r.errors());
    assertThat(r.errors().size() + r.warnings().size()).isEqualTo(r.findings().size());
    assertThat(r.findings().subList(0, r.errors().size())).as("errors first").isEqualTo(r.errors());
  }

  @Test
  @DisplayName("an unmanaged compound without a partner compound is a warning")
  void unmanagedWithoutPartner() {
    Jurisdiction j =
        builder()
            .addCompound(
                io.github.gridgov.core.area.Compound.builder()
                    .id(io.github.gridgov.core.area.CompoundId.of("K-orphan"))
                    .name("孤立三无小区")
                    .community(YOUYI)
                    .management(io.github.gridgov.core.area.ManagementStatus.UNMANAGED)
                    .build())
            .build();
    assertThat(ComplianceChecks.check(j).of(ComplianceChecks.UNMANAGED_PARTNER))
        .extracting(Finding::subject, Finding::severity)
        .containsExactly(tuple("COMPOUND:K-orphan", Finding.Severity.WARNING));
  }

  @Test
  @DisplayName(
      "a mediation committee of 2 men breaks both rules of 人民调解法 Art. 8; 3 with a woman passes")
  void mediationCommittee() {
    Jurisdiction.Builder small = builder();
    member(small, "B-43", ResidentRole.MEDIATION_COMMITTEE_MEMBER, false);
    member(small, "B-43", ResidentRole.MEDIATION_COMMITTEE_MEMBER, false);
    ComplianceReport r = ComplianceChecks.check(small.build());
    assertThat(r.of(ComplianceChecks.MEDIATION_COMMITTEE))
        .extracting(f -> f.reasons().codes().get(0), Finding::subject)
        .containsExactly(
            tuple(ComplianceChecks.MEMBERS, "COMMUNITY:C-anfeng"),
            tuple(ComplianceChecks.NO_WOMAN, "COMMUNITY:C-anfeng"),
            tuple(ComplianceChecks.NO_MEMBERS, "COMMUNITY:C-youyi"));
    Jurisdiction.Builder good = builder();
    member(good, "B-43", ResidentRole.MEDIATION_COMMITTEE_MEMBER, false);
    member(good, "B-43", ResidentRole.MEDIATION_COMMITTEE_MEMBER, false);
    member(good, "B-43", ResidentRole.MEDIATION_COMMITTEE_MEMBER, true);
    assertThat(ComplianceChecks.check(good.build()).of(ComplianceChecks.MEDIATION_COMMITTEE))
        .extracting(Finding::subject)
        .containsExactly("COMMUNITY:C-youyi");
  }

  @Test
  @DisplayName("a residents' committee needs 5 to 9 members (城市居民委员会组织法 Art. 7)")
  void residentsCommittee() {
    Jurisdiction.Builder b = builder();
    for (int i = 0; i < 10; i++) {
      member(b, "B-60", ResidentRole.RESIDENTS_COMMITTEE_MEMBER, i % 2 == 0);
    }
    ComplianceReport r = ComplianceChecks.check(b.build());
    assertThat(r.of(ComplianceChecks.RESIDENTS_COMMITTEE))
        .extracting(Finding::severity, Finding::subject)
        .containsExactly(
            tuple(Finding.Severity.ERROR, "COMMUNITY:C-youyi"),
            tuple(Finding.Severity.WARNING, "COMMUNITY:C-anfeng"));
    assertThat(r.of(ComplianceChecks.RESIDENTS_COMMITTEE).get(0).reasons().render(Locale.CHINESE))
        .containsExactly("社区C-youyi的居民委员会有10名成员，应为5-9人。");
  }

  @Test
  @DisplayName("a complete grid notice passes; a grid with no worker on duty is an error")
  void grids() {
    Jurisdiction.Builder b = Jurisdiction.builder();
    Jurisdiction base = builder().build();
    base.streets().forEach(b::addStreet);
    base.communities().forEach(b::addCommunity);
    base.compounds().forEach(b::addCompound);
    base.buildings().forEach(b::addBuilding);
    base.residents().forEach(b::addResident);
    base.households().forEach(b::addHousehold);
    base.teams().forEach(b::addTeam);
    for (Grid g : base.grids()) {
      b.addGrid(g.withAreaDescription(g.name() + "辖区").withSupervisionPhone("0564-12345"));
    }
    for (Responder r : base.responders()) {
      Responder x =
          r.id().equals(GRID_1) || r.id().equals(GRID_2) || r.id().equals(GRID_3)
              ? r.withPhone(PhoneNumber.of("13900000000"))
              : r;
      b.addResponder(x.id().equals(GRID_3) ? x.withOnDuty(false) : x);
    }
    ComplianceReport r = ComplianceChecks.check(b.build());
    assertThat(r.errors())
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(ComplianceChecks.GRID_WORKER, "GRID:G-3"));
  }
}

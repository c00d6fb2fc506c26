package io.github.gridgov.core.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.ResponderRole;
import io.github.gridgov.core.people.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ResponderColumns — what an assignment's hard constraints read, by registry position")
class ResponderColumnsTest {
  private static Responder.Builder volunteer(String id) {
    Responder.Builder b = Responder.builder();
    b.id(ResponderId.of(id))
        .role(ResponderRole.VOLUNTEER)
        .name(PersonName.of("王芳"))
        .capacity(3)
        .addCoverage(AreaRef.of(GridId.of("G-1")));
    return b;
  }

  @Test
  @DisplayName(
      "duty, insurance (or an organisation), capacity, department and resident, per position")
  void columns() {
    Responder.Builder offBuilder = volunteer("R-off");
    offBuilder.resident(ResidentId.of("P-1"));
    Responder off = offBuilder.build().withOnDuty(false).withInsured(true);
    Responder.Builder housingBuilder = Responder.builder();
    housingBuilder
        .id(ResponderId.of("R-housing"))
        .role(ResponderRole.DISTRICT_DEPARTMENT)
        .organisation("区住建局")
        .department(Department.HOUSING)
        .capacity(40)
        .addCoverage(AreaRef.district());
    ResponderColumns c = ResponderColumns.of(List.of(off, housingBuilder.build()));
    assertThat(c.onDuty(0)).isFalse();
    assertThat(c.onDuty(1)).isTrue();
    assertThat(c.insuredOrOrganisation(0)).as("insured").isTrue();
    assertThat(c.insuredOrOrganisation(1)).as("an organisation needs no insurance").isTrue();
    assertThat(c.capacity(0)).isEqualTo(3);
    assertThat(c.capacity(1)).isEqualTo(40);
    assertThat(c.department(0)).isEqualTo(-1);
    assertThat(c.departmentNumber(Department.HOUSING)).isNotNegative().isEqualTo(c.department(1));
    assertThat(c.departmentNumber(Department.POLICE)).as("no responder is it").isEqualTo(-1);
    assertThat(c.isResident(0, ResidentId.of("P-1"))).isTrue();
    assertThat(c.isResident(0, ResidentId.of("P-2"))).isFalse();
    assertThat(c.isResident(1, ResidentId.of("P-1"))).isFalse();
  }

  @Test
  @DisplayName("skills as a bitmask: a required skill nobody offers is missing for everyone")
  void skillMasks() {
    Responder.Builder plumber = volunteer("R-1");
    plumber.addSkills(Skill.PLUMBING, Skill.ELECTRICAL);
    Responder.Builder carer = volunteer("R-2");
    carer.addSkills(Skill.ELDERLY_CARE);
    ResponderColumns c = ResponderColumns.of(List.of(plumber.build(), carer.build()));
    assertThat(c.hasSkillMasks()).isTrue();
    long plumbing = c.mask(Set.of(Skill.PLUMBING));
    assertThat(plumbing & ~c.skills(0)).as("the plumber has it").isZero();
    assertThat(plumbing & ~c.skills(1)).as("the carer has not").isNotZero();
    long nobody = c.mask(Set.of(Skill.LEGAL));
    assertThat(nobody & ~c.skills(0)).isNotZero();
    assertThat(nobody & ~c.skills(1)).isNotZero();
    assertThat(Long.bitCount(c.skills(0) & c.mask(Set.of(Skill.ELECTRICAL, Skill.ELDERLY_CARE))))
        .as("preferred skills counted by their bits")
        .isEqualTo(1);
  }

  @Test
  @DisplayName("more than 63 distinct skills: no masks, the rules read the skills themselves")
  void tooManySkills() {
    List<Responder> many = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      Responder.Builder b = volunteer("R-" + i);
      b.addSkills(Skill.of("skill-" + i));
      many.add(b.build());
    }
    assertThat(ResponderColumns.of(many).hasSkillMasks()).isFalse();
    assertThat(ResponderColumns.of(many.subList(0, 63)).hasSkillMasks()).isTrue();
  }
}

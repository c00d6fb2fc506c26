package io.github.gridgov.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.PhoneNumber;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@DisplayName("log lines never carry personal data in clear")
class LogMaskingTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(Jurisdiction.class);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  @BeforeEach
  void attach() {
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(appender);
  }

  private String logged() {
    return appender.list.stream()
        .map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.joining("\n"));
  }

  @Test
  @DisplayName("a rejected registry logs its first problem with the ID number masked")
  void rejectedRegistry() {
    Jurisdiction.Builder b =
        RegistrySamples.district()
            .addResident(
                Resident.builder()
                    .id(ResidentId.of("P-70"))
                    .name(PersonName.of("吴秀兰"))
                    .phone(PhoneNumber.of("13912345678"))
                    .idNumber(IdCardNumber.of("11010519491231002X"))
                    .build());
    assertThatThrownBy(b::build).isInstanceOf(JurisdictionValidationException.class);
    assertThat(logged())
        .contains("Jurisdiction rejected with 1 problems", "110105********002X")
        .doesNotContain("11010519491231002X", "13912345678", "吴秀兰");
  }

  @Test
  @DisplayName("a built registry logs counts only")
  void builtRegistry() {
    RegistrySamples.district().build();
    assertThat(logged())
        .contains(
            "Jurisdiction built: 1 streets, 2 communities, 3 grids, 3 buildings, "
                + "5 households, 7 residents, 6 responders, 2 teams, 7 warnings")
        .doesNotContain("王小明", "13812340000");
  }
}

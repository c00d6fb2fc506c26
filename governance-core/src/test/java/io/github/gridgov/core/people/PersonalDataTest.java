package io.github.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("personal data validates and masks")
class PersonalDataTest {

  @Nested
  @DisplayName("手机号码")
  class Phone {
    @Test
    @DisplayName("a mobile number is shown as 138****1234")
    void masks() {
      PhoneNumber p = PhoneNumber.of("13812341234");
      assertThat(p.toString()).isEqualTo("138****1234");
      assertThat(p.masked()).isEqualTo("138****1234");
      assertThat(p.clearText()).isEqualTo("13812341234");
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
      "138 1234 1234,13812341234",
      "+8613812341234,13812341234",
      "8613812341234,13812341234",
      "138-1234-1234,13812341234"
    })
    @DisplayName("spaces, hyphens and the country code are dropped")
    void normalises(String in, String digits) {
      assertThat(PhoneNumber.of(in).clearText()).isEqualTo(digits);
    }

    @ParameterizedTest(name = "{0} is refused, shown as {1}")
    @CsvSource({
      "12812341234,128******34",
      "1381234123,(10 characters)",
      "1381234123a,138******3a",
      "010-12345678,010******78",
      "123,(3 characters)"
    })
    @DisplayName(
        "anything but 11 digits starting 13-19 is refused: masked in the message when it has 11 characters, "
            + "else only its length")
    void refuses(String in, String shown) {
      assertThatThrownBy(() -> PhoneNumber.of(in))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "Cannot create PhoneNumber: value '"
                  + shown
                  + "' must be a mobile number of 11 digits starting 13-19")
          .satisfies(e -> assertThat(((InvalidModelException) e).field()).isEqualTo("value"));
    }
  }

  @Nested
  @DisplayName("公民身份号码 (GB 11643)")
  class IdNumber {
    // 11010519491231002X is the worked example of GB 11643-1999.
    static final String VALID = "11010519491231002X";

    @Test
    @DisplayName("the standard's example is valid, masked as 110105********002X")
    void standardExample() {
      IdCardNumber id = IdCardNumber.of(VALID);
      assertThat(id.toString()).isEqualTo("110105********002X");
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
      assertThat(id.sex()).isEqualTo(Sex.FEMALE);
      assertThat(id.addressCode()).isEqualTo("110105");
      assertThat(id.clearText()).isEqualTo(VALID);
    }

    @Test
    @DisplayName("a lower-case x is accepted and stored upper-case")
    void lowerCaseX() {
      assertThat(IdCardNumber.of("11010519491231002x").clearText()).isEqualTo(VALID);
    }

    @Test
    @DisplayName("the check character is ISO 7064 MOD 11-2")
    void checkCharacter() {
      assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
      assertThat(IdCardNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    @DisplayName("a wrong check character is refused, the number masked")
    void wrongCheck() {
      assertThatThrownBy(() -> IdCardNumber.of("110105194912310021"))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "Cannot create IdCardNumber: checkDigit '110105********0021' has a wrong "
                  + "check character (ISO 7064 MOD 11-2, GB 11643)")
          .hasMessageNotContaining("19491231");
    }

    @Test
    @DisplayName("an impossible birth date is refused")
    void impossibleDate() {
      String body = "11010519490231002";
      String id = body + IdCardNumber.checkCharacter(body);
      assertThatThrownBy(() -> IdCardNumber.of(id))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("birthDate '110105********")
          .hasMessageContaining("must hold a real birth date");
    }

    @Test
    @DisplayName("a wrong shape is refused")
    void wrongShape() {
      assertThatThrownBy(() -> IdCardNumber.of("1101051949123100"))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "Cannot create IdCardNumber: value '(16 characters)' must be 17 digits "
                  + "followed by a digit or X (GB 11643)");
    }
  }

  @Nested
  @DisplayName("姓名")
  class Name {
    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({"张三,张*", "王小明,王*明", "欧阳小明,欧阳*明", "司马相如先生,司马*生", "Li Wei,Li*i", "李,*"})
    @DisplayName("names are masked")
    void masks(String name, String masked) {
      assertThat(PersonName.of(name).toString()).isEqualTo(masked);
      assertThat(PersonName.of(name).clearText()).isEqualTo(name);
    }

    @Test
    @DisplayName("digits, blanks and over-long names are refused, masked")
    void refuses() {
      assertThatThrownBy(() -> PersonName.of("王小2"))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "Cannot create PersonName: value '王*2' must not contain digits, control characters or invisible format characters (bidi, zero-width)");
      assertThatThrownBy(() -> PersonName.of("  "))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("Cannot create PersonName: value '' must not be blank");
      assertThatThrownBy(() -> PersonName.of("张".repeat(51)))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("must be at most 50 characters (was 51)");
    }
  }

  @Nested
  @DisplayName("电子邮箱")
  class Email {
    @Test
    @DisplayName(
        "an address is shown as z***@example.com, its domain in lower case, equal by its text")
    void masks() {
      EmailAddress e = EmailAddress.of("  zhang.san+12345@Example.COM ");
      assertThat(e).hasToString("z***@example.com");
      assertThat(e.clearText()).isEqualTo("zhang.san+12345@example.com");
      assertThat(e).isEqualTo(EmailAddress.of("zhang.san+12345@example.com"));
      assertThat(EmailAddress.of("a@xn--fiqs8s.cn").masked()).isEqualTo("a***@xn--fiqs8s.cn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "zhangsan",
          "@example.com",
          "zhang@",
          "zhang@example",
          "zhang@@example.com",
          "zh@ng@example.com",
          ".zhang@example.com",
          "zhang.@example.com",
          "zh..ang@example.com",
          "zhang@-example.com",
          "zhang@example-.com",
          "zhang@exa_mple.com",
          "zhang@example..com",
          "张三@example.com",
          "zhang san@example.com"
        })
    @DisplayName("a malformed address is refused, its length given and its text never quoted")
    void refuses(String bad) {
      assertThatThrownBy(() -> EmailAddress.of(bad))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageStartingWith("Cannot create EmailAddress: value '(")
          .hasMessageEndingWith(
              "must be an e-mail address: mailbox@domain.example, at most 254 characters")
          .hasMessageNotContaining(bad);
    }

    @Test
    @DisplayName("a mailbox of 64 characters and an address of 254 are the longest")
    void lengths() {
      String domain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(58) + ".cn";
      assertThat(EmailAddress.of("m".repeat(64) + "@" + domain).clearText()).hasSize(254);
      assertThatThrownBy(() -> EmailAddress.of("m".repeat(65) + "@example.com"))
          .isInstanceOf(InvalidModelException.class);
      assertThatThrownBy(() -> EmailAddress.of("m".repeat(64) + "@x" + domain))
          .hasMessageContaining("'(255 characters)'");
    }
  }
}

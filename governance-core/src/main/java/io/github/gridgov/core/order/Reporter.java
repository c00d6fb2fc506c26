package io.github.gridgov.core.order;

import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.people.EmailAddress;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.PhoneNumber;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 诉求人联系方式 — how to reach whoever reported an order that did not come from a registered
 * resident: a caller of the hotline, a user of a civic-reporting app (an Open311 request's {@code
 * first_name}, {@code last_name}, {@code phone}, {@code email}).
 *
 * <p>Personal data: every part is shown masked by {@code toString()} ({@code 王*}, {@code
 * 138****5678}, {@code z***@example.com}); only a platform's own storage writes it in clear. The
 * platform holds it to answer the reporter (回访) and for no other purpose (个人信息保护法 Art. 6,
 * the minimum necessary).
 *
 * <p>Rule: at least one of name, phone and email is given.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Reporter {
  Reporter() {}

  /** The reporter's name, if given. */
  public abstract Optional<PersonName> name();

  /** The reporter's phone, if given. */
  public abstract Optional<PhoneNumber> phone();

  /** The reporter's email address, if given. */
  public abstract Optional<EmailAddress> email();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reporter}. */
  public static final class Builder extends ImmutableReporter.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(
        name().isPresent() || phone().isPresent() || email().isPresent(),
        "Reporter",
        "name, phone, email",
        "(none)",
        "at least one must be given");
  }

  /** The parts given, each masked. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Reporter{");
    String sep = "";
    if (name().isPresent()) {
      b.append("name=").append(name().get().masked());
      sep = ", ";
    }
    if (phone().isPresent()) {
      b.append(sep).append("phone=").append(phone().get().masked());
      sep = ", ";
    }
    if (email().isPresent()) {
      b.append(sep).append("email=").append(email().get().masked());
    }
    return b.append('}').toString();
  }
}

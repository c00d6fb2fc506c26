package io.github.gridgov.spring;

import io.github.gridgov.core.Tier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code gridgov.*} properties of the starter.
 *
 * @param district the district this platform works in, the key of every stored order: 1–64
 *     characters of {@code [A-Za-z0-9._:-]} (required once an order store is configured)
 * @param instance the name this instance claims due orders under, unique among the platform's
 *     instances; a random one unless set
 * @param rules the rules' configuration
 * @param registry where the registry comes from and how often it is looked at again
 * @param store the order store's configuration
 * @param dueWork the scheduler that polls the due orders
 * @param open311 the Open311 GeoReport v2 endpoints
 * @param metrics the meters' window and refresh
 * @since 0.1.0
 */
@ConfigurationProperties("gridgov")
public record GridgovProperties(
    String district,
    String instance,
    @DefaultValue Rules rules,
    @DefaultValue Registry registry,
    @DefaultValue Store store,
    @DefaultValue DueWork dueWork,
    @DefaultValue Open311 open311,
    @DefaultValue Metrics metrics) {

  /** The ladder's deadlines the rules work to ({@code gridgov.rules.profile}). */
  public enum Profile {
    /** 北京市 12345 (draft figures): {@code SlaProfile.BJ_12345_DRAFT}, the library's default. */
    BJ_12345_DRAFT,
    /** 广东省 12345: {@code SlaProfile.GD_12345}. */
    GD_12345,
    /** 信访 time limits: {@code SlaProfile.PETITION}. */
    PETITION
  }

  /** Which days count as working days for deadlines ({@code gridgov.rules.calendar}). */
  public enum Calendar {
    /** Mainland China's statutory holidays and adjusted working days: {@code WorkCalendar.china()}. */
    CHINA,
    /** Every day counts: {@code WorkCalendar.natural()}. */
    NATURAL
  }

  /**
   * The rules ({@code gridgov.rules.*}).
   *
   * @param profile the SLA profile; {@link Profile#BJ_12345_DRAFT} unless set
   * @param calendar the working calendar; the profile's own unless set
   * @param targetTiers catalogue overrides: the tier a category starts at, by category code ({@code
   *     gridgov.rules.target-tiers.water-leak=GRID})
   * @param duplicateWindow how far back an order at the same place and of the same category counts
   *     as a duplicate; the library's 7 days unless set
   */
  public record Rules(
      @DefaultValue("BJ_12345_DRAFT") Profile profile,
      Calendar calendar,
      Map<String, Tier> targetTiers,
      Duration duplicateWindow) {
    /** Copies the map. */
    public Rules {
      targetTiers = targetTiers == null ? Map.of() : Map.copyOf(targetTiers);
    }
  }

  /**
   * The registry ({@code gridgov.registry.*}).
   *
   * @param csvDirectory a directory in the registry CSV layout ({@code RegistryCsv}); the registry
   *     is loaded from it at start-up and again whenever its files change
   * @param reloadInterval how often the directory (or the database) is looked at for a new
   *     version; one minute unless set
   * @param database whether the registry comes from the database ({@code JdbcRegistryStore}): the
   *     newest version published for the district, taken up by every instance when a newer one is
   *     published; with {@code csv-directory} set as well, this instance imports the directory into
   *     the database (when it starts and when the files change) and reads from there like the
   *     others; false unless set
   */
  public record Registry(
      Path csvDirectory,
      @DefaultValue("1m") Duration reloadInterval,
      @DefaultValue("false") boolean database) {}

  /**
   * The order store ({@code gridgov.store.*}).
   *
   * @param enabled whether to make a {@code JdbcOrderStore} on the application's {@code DataSource};
   *     true unless set
   * @param migrate whether to bring the database's gridgov schema up to date at start-up (Flyway,
   *     its own history table); true unless set
   * @param lease how long a claim of due work lasts before another instance may take it; two
   *     minutes unless set
   */
  public record Store(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("true") boolean migrate,
      @DefaultValue("2m") Duration lease) {}

  /**
   * The due-work scheduler ({@code gridgov.due-work.*}).
   *
   * @param enabled whether this instance polls for due orders; true unless set
   * @param interval the time between polls; 30 seconds unless set (ours: a tier's shortest limit
   *     is hours, a poll every half minute moves an order well within it)
   * @param batchSize how many due orders one claim takes; 100 unless set
   */
  public record DueWork(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("30s") Duration interval,
      @DefaultValue("100") int batchSize) {}

  /**
   * The Open311 GeoReport v2 endpoints ({@code gridgov.open311.*}).
   *
   * @param enabled whether to serve them; false unless set
   * @param path where they are served; {@code /open311/v2} unless set
   * @param jurisdictionId the {@code jurisdiction_id} this platform answers to; the district
   *     unless set (a request naming another gets a 404)
   * @param apiKeys the {@code api_key}s that may post requests, unless the host declares its own
   *     {@code ApiKeyCheck}; none unless set (every post refused with 403)
   * @param contact how to reach the platform's maintainers, for service discovery's {@code
   *     contact}; empty unless set
   * @param keyService how to get an {@code api_key}, for service discovery's {@code key_service};
   *     empty unless set
   * @param production whether discovery calls the endpoint {@code production} (live: requests are
   *     acted upon) or {@code test}; true unless set
   * @param maxDistance how far from a request's {@code lat}/{@code long} the nearest building may
   *     be, in metres; 500 unless set (ours: a few buildings' spacing, well beyond a phone's GPS
   *     error, short of the next compound)
   */
  public record Open311(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("/open311/v2") String path,
      String jurisdictionId,
      java.util.List<String> apiKeys,
      @DefaultValue("") String contact,
      @DefaultValue("") String keyService,
      @DefaultValue("true") boolean production,
      @DefaultValue("500") int maxDistance) {
    /** Copies the list and checks the distance. */
    public Open311 {
      apiKeys = apiKeys == null ? java.util.List.of() : java.util.List.copyOf(apiKeys);
      if (maxDistance < 1) {
        throw new IllegalArgumentException(
            "gridgov.open311.max-distance " + maxDistance + " must be at least 1 (metres)");
      }
    }
  }

  /**
   * The meters ({@code gridgov.metrics.*}), when Micrometer is on the class path.
   *
   * @param window how far back from now the orders of 按期结案率 ({@code
   *     gridgov.orders.on_time_rate}) were reported; 30 days unless set (ours: the month most
   *     assessments count by)
   * @param refresh how old the meters' snapshot of the store may be before a scrape takes a new
   *     one; one minute unless set (ours: the counts move by the minute, a scrape every few seconds
   *     need not read the store each time)
   */
  public record Metrics(
      @DefaultValue("30d") Duration window, @DefaultValue("1m") Duration refresh) {}
}

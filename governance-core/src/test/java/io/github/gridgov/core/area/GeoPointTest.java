package io.github.gridgov.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import io.github.gridgov.core.InvalidModelException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("坐标: WGS-84 points, and the GCJ-02 shift of Chinese map apps")
class GeoPointTest {
  static final GeoPoint TIANANMEN = GeoPoint.of(39.9087, 116.3975);

  @Test
  @DisplayName("latitude in [-90, 90] and longitude in [-180, 180], bounds included; NaN refused")
  void ranges() {
    assertThat(GeoPoint.of(90, 180).latitude()).isEqualTo(90);
    assertThat(GeoPoint.of(-90, -180).longitude()).isEqualTo(-180);
    assertThatThrownBy(() -> GeoPoint.of(90.5, 0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Cannot create GeoPoint: latitude '90.5' must be in [-90, 90] degrees");
    assertThatThrownBy(() -> GeoPoint.of(0, -180.01))
        .hasMessage("Cannot create GeoPoint: longitude '-180.01' must be in [-180, 180] degrees");
    assertThatThrownBy(() -> GeoPoint.of(Double.NaN, 0)).hasMessageContaining("latitude 'NaN'");
    assertThatThrownBy(() -> GeoPoint.of(0, Double.POSITIVE_INFINITY))
        .hasMessageContaining("longitude 'Infinity'");
  }

  @Test
  @DisplayName("equal by coordinates, -0.0 and 0.0 alike; printed latitude first")
  void values() {
    new EqualsTester()
        .addEqualityGroup(GeoPoint.of(0.0, -0.0), GeoPoint.of(-0.0, 0.0))
        .addEqualityGroup(TIANANMEN, GeoPoint.of(39.9087, 116.3975))
        .addEqualityGroup(GeoPoint.of(116.3975 - 100, 39.9087))
        .testEquals();
    assertThat(TIANANMEN).hasToString("39.9087,116.3975");
  }

  @Test
  @DisplayName(
      "GCJ-02 shifts a point in Beijing by a few hundred metres, north-east; outside China not at all")
  void shift() {
    GeoPoint shown = TIANANMEN.toGcj02();
    assertThat(shown.latitude() - TIANANMEN.latitude()).isBetween(0.0010, 0.0020);
    assertThat(shown.longitude() - TIANANMEN.longitude()).isBetween(0.0055, 0.0070);
    assertThat(TIANANMEN.distanceTo(shown)).isBetween(400.0, 700.0);
    GeoPoint london = GeoPoint.of(51.5007, -0.1246);
    assertThat(london.toGcj02()).isSameAs(london);
    assertThat(GeoPoint.fromGcj02(51.5007, -0.1246)).isEqualTo(london);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  @DisplayName("fromGcj02 undoes toGcj02 to within 1e-8 degrees (about a millimetre) across China")
  void inverse(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 1_000; i++) {
      GeoPoint p = GeoPoint.of(random.nextDouble(18, 53), random.nextDouble(74, 135));
      GeoPoint shown = p.toGcj02();
      GeoPoint back = GeoPoint.fromGcj02(shown.latitude(), shown.longitude());
      assertThat(back.latitude()).as("%s", p).isCloseTo(p.latitude(), within(1e-8));
      assertThat(back.longitude()).as("%s", p).isCloseTo(p.longitude(), within(1e-8));
      assertThat(p.distanceTo(shown)).as("the shift of %s", p).isLessThan(1_000.0);
    }
  }

  @Test
  @DisplayName("distances: zero to itself, a degree of latitude about 111 km")
  void distances() {
    assertThat(TIANANMEN.distanceTo(TIANANMEN)).isZero();
    assertThat(GeoPoint.of(39, 116).distanceTo(GeoPoint.of(40, 116)))
        .isCloseTo(111_195.0, within(10.0));
  }
}

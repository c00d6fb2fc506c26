package io.github.gridgov.core.area;

import io.github.gridgov.core.internal.Checks;

/**
 * 坐标 — a point on the earth in WGS-84 (the GPS datum, EPSG:4326): latitude and longitude in
 * decimal degrees. This is the datum gridgov keeps and the one Open311 GeoReport v2's {@code lat}
 * and {@code long} mean.
 *
 * <p>Chinese map apps (高德/Amap, 腾讯/Tencent, and most mini-programs' {@code wx.getLocation}
 * with {@code type: 'gcj02'}) show and return GCJ-02 (国测局坐标), a published shift of WGS-84 by
 * up to about 700 m inside China: a host converts such a point with {@link #fromGcj02} before
 * keeping it, and back with {@link #toGcj02} to place a marker on such a map. 百度/Baidu uses
 * BD-09, a further shift of GCJ-02 that gridgov does not convert. Outside mainland China (the
 * rectangle the published algorithm leaves unshifted) both conversions return the point
 * unchanged.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GeoPoint {
  /** Krasovsky 1940, the ellipsoid of the GCJ-02 shift: semi-major axis in metres. */
  private static final double KRASOVSKY_A = 6_378_245.0;

  /** Krasovsky 1940: first eccentricity squared. */
  private static final double KRASOVSKY_EE = 0.00669342162296594323;

  /** The mean earth radius for {@link #distanceTo}, in metres (IUGG). */
  private static final double EARTH_RADIUS = 6_371_008.8;

  private final double latitude;
  private final double longitude;

  private GeoPoint(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * The WGS-84 point at {@code latitude}, {@code longitude} (decimal degrees).
   *
   * @throws io.github.gridgov.core.InvalidModelException if the latitude is not in [-90, 90] or the
   *     longitude not in [-180, 180] (NaN and infinities included)
   */
  public static GeoPoint of(double latitude, double longitude) {
    Checks.check(
        latitude >= -90 && latitude <= 90,
        "GeoPoint",
        "latitude",
        latitude,
        "must be in [-90, 90] degrees");
    Checks.check(
        longitude >= -180 && longitude <= 180,
        "GeoPoint",
        "longitude",
        longitude,
        "must be in [-180, 180] degrees");
    // -0.0 and 0.0 are one point: keep one of them, so that equal points are equal values.
    return new GeoPoint(latitude + 0.0, longitude + 0.0);
  }

  /**
   * The WGS-84 point that GCJ-02 shows at {@code latitude}, {@code longitude}: the published shift
   * inverted by fixed-point iteration, to within 10<sup>-9</sup> degrees of the shift's own result
   * (well under a millimetre; the shift itself is the published formula, exact to the double).
   *
   * @throws io.github.gridgov.core.InvalidModelException as {@link #of} for an out-of-range input
   */
  public static GeoPoint fromGcj02(double latitude, double longitude) {
    GeoPoint shown = of(latitude, longitude);
    if (outsideChina(latitude, longitude)) {
      return shown;
    }
    double lat = latitude;
    double lon = longitude;
    for (int i = 0; i < 30; i++) {
      double[] s = shift(lat, lon);
      double dLat = latitude - (lat + s[0]);
      double dLon = longitude - (lon + s[1]);
      lat += dLat;
      lon += dLon;
      if (Math.abs(dLat) < 1e-10 && Math.abs(dLon) < 1e-10) {
        break;
      }
    }
    return of(lat, lon);
  }

  /** This point as GCJ-02 shows it, for a marker on a Chinese map app. */
  public GeoPoint toGcj02() {
    if (outsideChina(latitude, longitude)) {
      return this;
    }
    double[] s = shift(latitude, longitude);
    return of(latitude + s[0], longitude + s[1]);
  }

  /** The latitude in decimal degrees, north positive. */
  public double latitude() {
    return latitude;
  }

  /** The longitude in decimal degrees, east positive. */
  public double longitude() {
    return longitude;
  }

  /**
   * The great-circle distance to {@code other} in metres (haversine, on a sphere of the earth's
   * mean radius).
   */
  public double distanceTo(GeoPoint other) {
    double p1 = Math.toRadians(latitude);
    double p2 = Math.toRadians(other.latitude);
    double dp = p2 - p1;
    double dl = Math.toRadians(other.longitude - longitude);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** Whether the published GCJ-02 algorithm leaves the point unshifted (outside its rectangle). */
  private static boolean outsideChina(double lat, double lon) {
    return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
  }

  /** The GCJ-02 shift at a WGS-84 point: {latitude, longitude} to add, in degrees. */
  private static double[] shift(double lat, double lon) {
    double x = lon - 105.0;
    double y = lat - 35.0;
    double dLat = shiftLatitude(x, y);
    double dLon = shiftLongitude(x, y);
    double radLat = Math.toRadians(lat);
    double magic = Math.sin(radLat);
    magic = 1 - KRASOVSKY_EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return new double[] {dLat, dLon};
  }

  private static double shiftLatitude(double x, double y) {
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return r;
  }

  private static double shiftLongitude(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeoPoint p
        && Double.compare(latitude, p.latitude) == 0
        && Double.compare(longitude, p.longitude) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(latitude) + Double.hashCode(longitude);
  }

  /**
   * {@code 39.9087,116.3975}: latitude, then longitude, as Open311 and most map links write them.
   */
  @Override
  public String toString() {
    return latitude + "," + longitude;
  }
}

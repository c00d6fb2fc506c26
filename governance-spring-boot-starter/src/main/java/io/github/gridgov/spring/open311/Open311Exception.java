package io.github.gridgov.spring.open311;

/**
 * An Open311 request refused: the HTTP status and the description of the GeoReport v2 error
 * document ({@code [{"code": 400, "description": "…"}]}).
 *
 * @since 0.1.0
 */
public final class Open311Exception extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /** A refusal with HTTP {@code status} (400, 403 or 404) and {@code description}. */
  public Open311Exception(int status, String description) {
    super(description);
    this.status = status;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }
}

package vn.ketnoi.need;

import java.util.Locale;
import java.util.Optional;

/** Need-card codes read back from storage, where an older version or a bug may have left others. */
public final class Codes {
  private Codes() {}

  /** The value with this code (need-card codes are the lower-case constant names), if any. */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
    if (code == null || !code.matches("[a-z_]+")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, code.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

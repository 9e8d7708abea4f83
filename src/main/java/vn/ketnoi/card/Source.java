package vn.ketnoi.card;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Who gave a need-card field: the rule extractor, the model, the business correcting it, or a
 * staff member. Stored by its code ("rules", "model", "user", "staff") in the chat state and in the
 * needs' {@code field_sources} column, so rows written before this type read as they always did.
 */
public enum Source {
  RULES,
  MODEL,
  USER,
  STAFF;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source with this stored code, if any: an older version or a bug may have left another. */
  public static Optional<Source> ofCode(String code) {
    for (Source s : values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a stored code for Jackson; an unknown one reads as null rather than failing the whole
   * chat state, and the holder drops it (the field then counts as read by the rules).
   */
  @JsonCreator
  public static Source orNull(String code) {
    return ofCode(code).orElse(null);
  }
}

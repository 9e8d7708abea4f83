package vn.ketnoi.extraction;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a message is about (need-card.md). */
public enum Intent {
  NEED,
  QUESTION,
  GREETING,
  OTHER;

  @JsonValue
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

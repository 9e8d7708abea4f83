package vn.ketnoi.staff;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.need.NeedStatus;

/**
 * What a staff chat waits for between two messages. Stored in the session JSON as an object
 * whose "step" names the variant, e.g. {"step":"visible","need_id":5,"to":"dang_xu_ly","note":"…"}
 * ({@code need/Erasure} scrubs that note by this shape).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
@JsonSubTypes({
  @JsonSubTypes.Type(value = StaffStep.Note.class, name = "note"),
  @JsonSubTypes.Type(value = StaffStep.Visibility.class, name = "visible"),
  @JsonSubTypes.Type(value = StaffStep.Answer.class, name = "answer")
})
public sealed interface StaffStep {
  /** A status change under way: need {@link #needId()} is to move to {@link #to()}. */
  sealed interface StatusChange extends StaffStep {
    long needId();

    NeedStatus to();
  }

  /** A status button was pressed: the note (or none) is typed next. */
  record Note(long needId, NeedStatus to) implements StatusChange {}

  /** The note was typed: staff choose next whether the business sees it. */
  record Visibility(long needId, NeedStatus to, String note) implements StatusChange {}

  /** "Trả lời" was pressed by {@code staffUserId}: that person's next text answers the question. */
  record Answer(long questionId, long staffUserId) implements StaffStep {}

  /**
   * The step as stored: an object, or the string an older version wrote ("note:ID:status",
   * "visible:ID:status:note", "answer:QUESTION:STAFF"). Anything unreadable is no step, so a
   * half-typed note never sticks the desk.
   */
  static StaffStep read(JsonNode stored) {
    if (stored == null || stored.isNull()) {
      return null;
    }
    try {
      return stored.isTextual() ? legacy(stored.asText())
          : Json.MAPPER.treeToValue(stored, StaffStep.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return null;
    }
  }

  private static StaffStep legacy(String text) {
    String[] p = text.split(":", 4);
    return switch (p[0]) {
      case "note" -> p.length == 3 ? new Note(Long.parseLong(p[1]), NeedStatus.ofCode(p[2])) : null;
      case "visible" -> p.length == 4
          ? new Visibility(Long.parseLong(p[1]), NeedStatus.ofCode(p[2]), p[3]) : null;
      case "answer" -> p.length == 3 ? new Answer(Long.parseLong(p[1]), Long.parseLong(p[2])) : null;
      default -> null;
    };
  }
}

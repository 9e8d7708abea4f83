package vn.ketnoi.need;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.storage.StorageException;

/**
 * A status note a staff member typed on a need and has not yet sent (they still choose who sees
 * it): it waits in their chat's staff session, JSON read here as a tree, as
 * {"pending":{"step":"visible","need_id":ID,…,"note":"…"}}, or, as an older version wrote it,
 * {"pending":"visible:ID:status:note"}. Part of {@link Erasure}'s transaction.
 */
final class WaitingNotes {
  private static final Pattern OLD_STEP = Pattern.compile("^(?:note|visible):(\\d+):");

  private WaitingNotes() {}

  /** Scrubs the personal data out of every note waiting on one of these needs. */
  static void scrub(Connection c, List<Long> needIds, PersonalData data) throws SQLException {
    for (Erasure.Row row : Erasure.rows(c, "SELECT chat_id, session_json FROM staff_sessions"
        + " WHERE session_json LIKE '%\"pending\":%'")) {
      JsonNode session = tree(row.values().get(0));
      if (session instanceof ObjectNode s && scrubStep(s, needIds, data)) {
        Erasure.run(c, "UPDATE staff_sessions SET session_json = ? WHERE chat_id = ?", write(session),
            row.id());
      }
    }
  }

  private static boolean scrubStep(ObjectNode session, List<Long> needIds, PersonalData data) {
    JsonNode pending = session.path("pending");
    if (pending instanceof ObjectNode step) {
      boolean waits = step.path("note").isTextual() && needIds.contains(step.path("need_id").asLong(-1));
      if (waits) {
        step.put("note", data.scrub(step.get("note").asText()));
      }
      return waits;
    }
    Matcher old = OLD_STEP.matcher(pending.isTextual() ? pending.asText() : "");
    if (old.find() && needIds.contains(Long.parseLong(old.group(1)))) {
      session.put("pending", data.scrub(pending.asText()));
      return true;
    }
    return false;
  }

  private static JsonNode tree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StorageException("unreadable chat state", e);
    }
  }

  private static String write(JsonNode node) {
    try {
      return Json.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new StorageException("cannot write chat state", e);
    }
  }
}

package vn.ketnoi.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;
import vn.ketnoi.storage.StorageException;

/** Each chat's staff step and list filter, written through like the conversation's state. */
public final class StaffSessions {
  private final Database db;
  private final Clock clock;

  public StaffSessions(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The chat's session, or {@link StaffDesk.Session#NONE}; a row that cannot be read is NONE. */
  public StaffDesk.Session load(long chatId) {
    String json = Sql.one(db, "SELECT session_json FROM staff_sessions WHERE chat_id = ?",
        row -> row.getString(1), chatId).orElse(null);
    if (json == null) {
      return StaffDesk.Session.NONE;
    }
    try {
      return Json.MAPPER.readValue(json, StaffDesk.Session.class);
    } catch (JsonProcessingException e) {
      return StaffDesk.Session.NONE; // a half-typed note is not worth a stuck desk
    }
  }

  public void save(long chatId, StaffDesk.Session session) {
    String json;
    try {
      json = Json.MAPPER.writeValueAsString(session == null ? StaffDesk.Session.NONE : session);
    } catch (JsonProcessingException e) {
      throw new StorageException("cannot write a staff session", e);
    }
    Sql.update(db, "INSERT INTO staff_sessions (chat_id, session_json, updated_at) VALUES (?, ?, ?)"
        + " ON CONFLICT (chat_id) DO UPDATE SET session_json = excluded.session_json,"
        + " updated_at = excluded.updated_at", chatId, json, clock.instant());
  }
}

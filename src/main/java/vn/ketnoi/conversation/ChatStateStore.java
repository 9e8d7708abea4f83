package vn.ketnoi.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.StorageException;

/** Conversation states in SQLite, one row a chat. */
public final class ChatStateStore {
  private final Database db;
  private final Clock clock;

  public ChatStateStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Optional<ChatState> load(long chatId) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT state_json FROM chat_states WHERE chat_id = ?")) {
            ps.setLong(1, chatId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.empty();
            }
          }
        });
  }

  public void save(ChatState state) {
    String json = write(state);
    db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO chat_states (chat_id, user_id, stage, state_json, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET"
                      + " user_id = excluded.user_id, stage = excluded.stage,"
                      + " state_json = excluded.state_json, updated_at = excluded.updated_at")) {
            ps.setLong(1, state.chatId());
            ps.setLong(2, state.userId());
            ps.setString(3, state.stage().name());
            ps.setString(4, json);
            ps.setString(5, clock.instant().toString());
            return ps.executeUpdate();
          }
        });
  }

  private static ChatState parse(String json) {
    try {
      return Json.MAPPER.readValue(json, ChatState.class);
    } catch (JsonProcessingException e) {
      throw new StorageException("unreadable chat state", e);
    }
  }

  private static String write(ChatState state) {
    try {
      return Json.MAPPER.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new StorageException("cannot write chat state", e);
    }
  }
}

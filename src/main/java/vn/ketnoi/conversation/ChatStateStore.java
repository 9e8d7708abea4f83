package vn.ketnoi.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.Optional;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;
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
    return Sql.one(db, "SELECT state_json FROM chat_states WHERE chat_id = ?",
        row -> parse(row.getString(1)), chatId);
  }

  public void save(ChatState state) {
    Sql.update(db, "INSERT INTO chat_states (chat_id, user_id, stage, state_json, updated_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET"
            + " user_id = excluded.user_id, stage = excluded.stage,"
            + " state_json = excluded.state_json, updated_at = excluded.updated_at",
        state.chatId(), state.userId(), state.stage().name(), write(state), clock.instant());
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

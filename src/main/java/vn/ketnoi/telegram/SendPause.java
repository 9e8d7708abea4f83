package vn.ketnoi.telegram;

import java.time.Instant;
import java.util.Optional;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/**
 * The one stored pause of all sending: Telegram's 429 {@code retry_after}, kept so a bot restarted
 * during a long pause waits it out instead of sending early (and earning a longer one).
 */
final class SendPause {
  private final Database db;

  SendPause(Database db) {
    this.db = db;
  }

  Optional<Instant> until() {
    return Sql.one(db, "SELECT paused_until FROM send_pause WHERE id = 1",
        row -> Instant.parse(row.getString(1)));
  }

  /** Replaces the stored pause; the caller keeps the later one (ISO texts do not sort as times). */
  void save(Instant until) {
    Sql.update(db, "INSERT INTO send_pause (id, paused_until) VALUES (1, ?) ON CONFLICT (id)"
        + " DO UPDATE SET paused_until = excluded.paused_until", until);
  }
}

package vn.ketnoi.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/**
 * Each user's answer to the privacy notice, with when and to which version of the notice: consent
 * must be verifiable (Law 91/2025/QH15 Art. 9).
 */
public final class ConsentStore {
  /** The answers a user can give; absent means never asked or no answer yet. */
  public enum Consent {
    GRANTED,
    DECLINED,
    WITHDRAWN
  }

  /** Bump when the notice text changes: users are then asked again. */
  public static final String NOTICE_VERSION = "2026-11";

  private final Database db;
  private final Clock clock;

  public ConsentStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public boolean granted(long userId) {
    return Sql.one(db, "SELECT consent, consent_version FROM users WHERE telegram_user_id = ?",
            row -> "granted".equals(row.getString(1)) && NOTICE_VERSION.equals(row.getString(2)),
            userId)
        .orElse(false);
  }

  /** Whether the user's last answer to the current notice was no. */
  public boolean declined(long userId) {
    return Sql.one(db, "SELECT consent, consent_version FROM users WHERE telegram_user_id = ?",
            row -> "declined".equals(row.getString(1)) && NOTICE_VERSION.equals(row.getString(2)),
            userId)
        .orElse(false);
  }

  public void record(long userId, Consent consent) {
    Instant now = clock.instant();
    Sql.update(db, "INSERT INTO users (telegram_user_id, consent, consent_version, consent_at,"
            + " created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (telegram_user_id) DO UPDATE SET"
            + " consent = excluded.consent, consent_version = excluded.consent_version,"
            + " consent_at = excluded.consent_at",
        userId, consent.name().toLowerCase(Locale.ROOT), NOTICE_VERSION, now, now);
  }
}

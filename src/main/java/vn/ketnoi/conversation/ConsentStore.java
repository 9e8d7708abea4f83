package vn.ketnoi.conversation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import vn.ketnoi.storage.Database;

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
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT consent, consent_version FROM users WHERE telegram_user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  && "granted".equals(rs.getString(1))
                  && NOTICE_VERSION.equals(rs.getString(2));
            }
          }
        });
  }

  public void record(long userId, Consent consent) {
    String now = clock.instant().toString();
    db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO users (telegram_user_id, consent, consent_version, consent_at, created_at)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (telegram_user_id) DO UPDATE SET"
                      + " consent = excluded.consent, consent_version = excluded.consent_version,"
                      + " consent_at = excluded.consent_at")) {
            ps.setLong(1, userId);
            ps.setString(2, consent.name().toLowerCase(java.util.Locale.ROOT));
            ps.setString(3, NOTICE_VERSION);
            ps.setString(4, now);
            ps.setString(5, now);
            return ps.executeUpdate();
          }
        });
  }
}

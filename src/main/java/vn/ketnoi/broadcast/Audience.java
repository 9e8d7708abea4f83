package vn.ketnoi.broadcast;

import java.util.List;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/**
 * Who an announcement reaches. A subscriber's sector and current province are those of their
 * latest saved need; a subscriber with no need has neither, so is counted only in the whole
 * audience ("Tất cả"). The counts shown and the recipients snapshotted at "Xác nhận gửi" come from
 * the same clauses below, so what staff are shown is what is sent.
 */
public final class Audience {
  /** Everyone, or a sector code and/or a current province name (null: any). */
  public record Segment(String sector, String province) {
    public static final Segment ALL = new Segment(null, null);

    public boolean isAll() {
      return sector == null && province == null;
    }
  }

  /** One value staff can pick, with how many active subscribers have it. */
  public record Value(String value, int count) {}

  /** Active subscribers, each with their latest need (if any) as {@code l}, their user row as {@code u}. */
  static final String SUBSCRIBERS = " FROM subscriptions s"
      + " LEFT JOIN users u ON u.telegram_user_id = s.telegram_user_id LEFT JOIN needs l ON l.id ="
      + " (SELECT MAX(n.id) FROM needs n WHERE n.telegram_user_id = s.telegram_user_id)"
      + " WHERE s.unsubscribed_at IS NULL";
  /** Binds sector, sector, province, province. */
  static final String IN_SEGMENT = " AND (? IS NULL OR l.sector = ?) AND (? IS NULL OR l.province_current = ?)";

  /**
   * The unknown rows of a broadcast that may be sent again: still subscribed, not blocked, and not
   * in another resend of it that was confirmed. Binds the original's id twice, then the resend's
   * own id (0 before it exists).
   */
  static final String RESENDABLE = " FROM broadcast_recipients r"
      + " JOIN subscriptions s ON s.chat_id = r.chat_id AND s.unsubscribed_at IS NULL"
      + " LEFT JOIN users u ON u.telegram_user_id = s.telegram_user_id"
      + " WHERE r.broadcast_id = ? AND r.status = 'unknown' AND u.blocked_at IS NULL"
      + " AND r.chat_id NOT IN (SELECT x.chat_id FROM broadcast_recipients x"
      + " JOIN broadcasts y ON y.id = x.broadcast_id WHERE y.resend_of = ? AND y.status IN ('sending', 'done')"
      + " AND y.id <> ?)";

  private final Database db;

  public Audience(Database db) {
    this.db = db;
  }

  public int count(Segment s) {
    return Sql.one(db, "SELECT COUNT(*)" + SUBSCRIBERS + IN_SEGMENT, row -> row.getInt(1),
        s.sector(), s.sector(), s.province(), s.province()).orElse(0);
  }

  /** Sectors that have subscribers, the largest first. */
  public List<Value> sectors() {
    return values("l.sector", Segment.ALL);
  }

  /** Current provinces that have subscribers within {@code sector} (null: any), the largest first. */
  public List<Value> provinces(String sector) {
    return values("l.province_current", new Segment(sector, null));
  }

  /** How many unknown recipients of {@code broadcastId} a resend would reach now. */
  public int resendable(long broadcastId) {
    return Sql.one(db, "SELECT COUNT(DISTINCT r.chat_id)" + RESENDABLE, row -> row.getInt(1),
        broadcastId, broadcastId, 0L).orElse(0);
  }

  private List<Value> values(String column, Segment within) {
    return Sql.query(db, "SELECT " + column + ", COUNT(*)" + SUBSCRIBERS + IN_SEGMENT
            + " AND " + column + " IS NOT NULL GROUP BY " + column + " ORDER BY COUNT(*) DESC, " + column,
        row -> new Value(row.getString(1), row.getInt(2)),
        within.sector(), within.sector(), within.province(), within.province());
  }
}

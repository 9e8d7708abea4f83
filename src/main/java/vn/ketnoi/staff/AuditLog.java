package vn.ketnoi.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/**
 * The append-only log of staff actions. The table's triggers refuse deletes and every update but
 * one: after a business's /xoadulieu, {@code need.Erasure} redacts the personal data out of the
 * before, after and note values of its need's rows, once, keeping who did what and when.
 */
public final class AuditLog {
  /** One staff action. */
  public record Action(Instant at, long staffUserId, String action, Long needId, String before,
      String after, String note) {}

  private final Database db;
  private final Clock clock;

  public AuditLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void record(long staffUserId, String action, Long needId, String before, String after,
      String note) {
    Sql.update(db, "INSERT INTO staff_actions (at, staff_user_id,"
        + " action, need_id, before_value, after_value, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
        clock.instant(), staffUserId, action, needId, before, after, note);
  }

  /** The actions on one need, or all (needId null), oldest first. */
  public List<Action> actions(Long needId) {
    String sql = "SELECT at, staff_user_id, action, need_id, before_value, after_value, note"
        + " FROM staff_actions" + (needId == null ? "" : " WHERE need_id = ?") + " ORDER BY id";
    Object[] args = needId == null ? new Object[0] : new Object[] {needId};
    return Sql.query(db, sql, row -> new Action(Instant.parse(row.getString(1)), row.getLong(2),
        row.getString(3), Sql.nullableLong(row, 4), row.getString(5), row.getString(6),
        row.getString(7)), args);
  }
}

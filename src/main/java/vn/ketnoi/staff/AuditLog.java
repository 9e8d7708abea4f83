package vn.ketnoi.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.storage.Database;

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
    db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_actions (at, staff_user_id,"
          + " action, need_id, before_value, after_value, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, clock.instant().toString());
        ps.setLong(2, staffUserId);
        ps.setString(3, action);
        if (needId == null) {
          ps.setNull(4, Types.INTEGER);
        } else {
          ps.setLong(4, needId);
        }
        ps.setString(5, before);
        ps.setString(6, after);
        ps.setString(7, note);
        return ps.executeUpdate();
      }
    });
  }

  /** The actions on one need, or all (needId null), oldest first. */
  public List<Action> actions(Long needId) {
    return db.transaction(c -> {
      String sql = "SELECT at, staff_user_id, action, need_id, before_value, after_value, note"
          + " FROM staff_actions" + (needId == null ? "" : " WHERE need_id = ?") + " ORDER BY id";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (needId != null) {
          ps.setLong(1, needId);
        }
        List<Action> actions = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long need = rs.getLong(4);
            actions.add(new Action(Instant.parse(rs.getString(1)), rs.getLong(2), rs.getString(3),
                rs.wasNull() ? null : need, rs.getString(5), rs.getString(6), rs.getString(7)));
          }
        }
        return actions;
      }
    });
  }
}

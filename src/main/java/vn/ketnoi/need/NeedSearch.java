package vn.ketnoi.need;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ketnoi.extraction.Sector;
import vn.ketnoi.storage.Database;

/** The staff's read-only views of the needs: filtered pages and counts for reports. */
public final class NeedSearch {
  /** Which needs a staff list shows; null parts do not filter. Dates are Vietnam dates. */
  public record Filter(NeedStatus status, Sector sector, String province,
      java.time.LocalDate from, java.time.LocalDate to) {
    public static final Filter ALL = new Filter(null, null, null, null, null);
  }

  private final Database db;

  public NeedSearch(Database db) {
    this.db = db;
  }

  /** Needs matching the filter, newest first. */
  public List<Need> find(Filter filter, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    args.add(limit);
    args.add(offset);
    return db.transaction(c -> NeedStore.list(c, "SELECT " + NeedStore.COLUMNS + " FROM needs" + where
        + " ORDER BY id DESC LIMIT ? OFFSET ?", args.toArray()));
  }

  public int count(Filter filter) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM needs" + where)) {
        for (int i = 0; i < args.size(); i++) {
          ps.setObject(i + 1, args.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          return rs.getInt(1);
        }
      }
    });
  }

  private static String where(Filter f, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (f.status() != null) {
      conditions.add("status = ?");
      args.add(f.status().code());
    }
    if (f.sector() != null) {
      conditions.add("sector = ?");
      args.add(f.sector().code());
    }
    if (f.province() != null) {
      conditions.add("(province = ? OR province_current = ?)");
      args.add(f.province());
      args.add(f.province());
    }
    if (f.from() != null) {
      conditions.add("created_at >= ?");
      args.add(f.from().atStartOfDay(NeedStore.VIETNAM).toInstant().toString());
    }
    if (f.to() != null) {
      conditions.add("created_at < ?");
      args.add(f.to().plusDays(1).atStartOfDay(NeedStore.VIETNAM).toInstant().toString());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Counts by a reporting dimension: status, sector, province (current), month. */
  public Map<String, Integer> countBy(String dimension) {
    String column = switch (dimension) {
      case "status" -> "status";
      case "sector" -> "COALESCE(sector, '')";
      case "province" -> "COALESCE(province_current, '')";
      case "month" -> "substr(created_at, 1, 7)";
      default -> throw new IllegalArgumentException("no dimension " + dimension);
    };
    return db.transaction(c -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
              "SELECT " + column + " AS k, COUNT(*) FROM needs GROUP BY k ORDER BY k");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
        }
      }
      return counts;
    });
  }
}

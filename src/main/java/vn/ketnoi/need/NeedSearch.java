package vn.ketnoi.need;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ketnoi.card.Sector;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/** The staff's read-only views of the needs: filtered pages and counts for reports. */
public final class NeedSearch {
  /** Which needs a staff list shows; null parts do not filter. Dates are local (TIME_ZONE) dates. */
  public record Filter(NeedStatus status, Sector sector, String province,
      LocalDate from, LocalDate to) {
    public static final Filter ALL = new Filter(null, null, null, null, null);
  }

  /** A bound on created_at, to the second and without the "Z": see {@link #bound}. */
  private static final DateTimeFormatter BOUND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Database db;
  private final Dates dates;

  public NeedSearch(Database db, ZoneId zone) {
    this.db = db;
    this.dates = new Dates(zone);
  }

  /** Needs matching the filter, newest first. */
  public List<Need> find(Filter filter, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    args.add(limit);
    args.add(offset);
    return Sql.query(db, "SELECT " + NeedStore.COLUMNS + " FROM needs" + where
        + " ORDER BY id DESC LIMIT ? OFFSET ?", NeedRows::read, args.toArray());
  }

  public int count(Filter filter) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    return Sql.one(db, "SELECT COUNT(*) FROM needs" + where, row -> row.getInt(1), args.toArray())
        .orElseThrow();
  }

  private String where(Filter f, List<Object> args) {
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
      args.add(bound(f.from()));
    }
    if (f.to() != null) {
      conditions.add("created_at < ?");
      args.add(bound(f.to().plusDays(1)));
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /**
   * The start of a local day as a created_at bound. Stored instants are ISO strings with a variable
   * fraction ("…T17:00:00Z", "…T17:00:00.5Z"); a bound without the "Z" is a prefix of every instant
   * in its second, so text order is time order on both sides of it.
   */
  private String bound(LocalDate day) {
    return BOUND.format(dates.startOf(day));
  }

  /**
   * Counts by a reporting dimension: status, sector, province (current), month (local, "2026-11").
   * Keys are as stored; an unknown one is the reader's to label.
   */
  public Map<String, Integer> countBy(String dimension) {
    if (dimension.equals("month")) {
      return countByMonth();
    }
    String column = switch (dimension) {
      case "status" -> "status";
      case "sector" -> "COALESCE(sector, '')";
      case "province" -> "COALESCE(province_current, '')";
      default -> throw new IllegalArgumentException("no dimension " + dimension);
    };
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Count count : Sql.query(db, "SELECT " + column
        + " AS k, COUNT(*) FROM needs GROUP BY k ORDER BY k",
        row -> new Count(row.getString(1), row.getInt(2)))) {
      counts.put(count.key(), count.needs());
    }
    return counts;
  }

  /** One group of a count by a dimension. */
  private record Count(String key, int needs) {}

  /** Months are local months, so they are counted here rather than by SQLite, which knows only UTC. */
  private Map<String, Integer> countByMonth() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String createdAt :
        Sql.query(db, "SELECT created_at FROM needs", row -> row.getString(1))) {
      counts.merge(month(createdAt), 1, Integer::sum);
    }
    return counts;
  }

  /** The local month of a stored instant; "" (unknown) when it cannot be read. */
  private String month(String createdAt) {
    if (createdAt == null) {
      return "";
    }
    try {
      return dates.month(Instant.parse(createdAt)).toString();
    } catch (DateTimeParseException e) {
      return "";
    }
  }
}

package vn.ketnoi.need;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.extraction.NeedCard;
import vn.ketnoi.extraction.NeedType;
import vn.ketnoi.extraction.OriginScope;
import vn.ketnoi.extraction.Sector;
import vn.ketnoi.extraction.Support;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.StorageException;

/** Stored needs, their codes and their status history. */
public final class NeedStore {
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String COLUMNS =
      "id, code, telegram_user_id, status, company_name, contact_name, phone, email, province,"
          + " province_current, sector, need_type, title, description, origin_scope,"
          + " origin_countries, budget_vnd_min, budget_vnd_max, timeline, support_wanted,"
          + " employees, products, field_sources, source_text, created_at, updated_at,"
          + " personal_data_erased_at";

  private final Database db;
  private final Clock clock;

  public NeedStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The need as saved from a draft; saving the same draft twice returns the first save. */
  public record NewNeed(
      String draftId,
      long telegramUserId,
      NeedCard card,
      String provinceCurrent,
      Map<String, String> fieldSources,
      String sourceText) {}

  public Need save(NewNeed n) {
    return db.transaction(
        c -> {
          Optional<Need> existing = byDraft(c, n.draftId());
          if (existing.isPresent()) {
            return existing.get();
          }
          Instant now = clock.instant();
          String code = nextCode(c, now.atZone(VIETNAM).getYear());
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO needs (code, telegram_user_id, status, company_name, contact_name,"
                      + " phone, email, province, province_current, sector, need_type, title,"
                      + " description, origin_scope, origin_countries, budget_vnd_min,"
                      + " budget_vnd_max, timeline, support_wanted, employees, products,"
                      + " field_sources, source_text, draft_id, created_at, updated_at)"
                      + " VALUES (?, ?, 'moi', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?, ?, ?, ?, ?, ?)")) {
            NeedCard card = n.card();
            int i = 1;
            ps.setString(i++, code);
            ps.setLong(i++, n.telegramUserId());
            ps.setString(i++, card.companyName());
            ps.setString(i++, card.contactName());
            ps.setString(i++, card.phone());
            ps.setString(i++, card.email());
            ps.setString(i++, card.province());
            ps.setString(i++, n.provinceCurrent());
            ps.setString(i++, card.sector() == null ? null : card.sector().code());
            ps.setString(i++, card.needType() == null ? null : card.needType().code());
            ps.setString(i++, card.title());
            ps.setString(i++, card.description());
            ps.setString(i++, card.originScope() == null ? null : card.originScope().code());
            ps.setString(i++, json(card.originCountries()));
            setLong(ps, i++, card.budgetVndMin());
            setLong(ps, i++, card.budgetVndMax());
            ps.setString(i++, card.timeline());
            ps.setString(i++, json(card.supportWanted()));
            setLong(ps, i++, card.employees() == null ? null : card.employees().longValue());
            ps.setString(i++, json(card.products()));
            ps.setString(i++, json(n.fieldSources()));
            ps.setString(i++, n.sourceText());
            ps.setString(i++, n.draftId());
            ps.setString(i++, now.toString());
            ps.setString(i++, now.toString());
            ps.executeUpdate();
          }
          Need saved = byDraft(c, n.draftId()).orElseThrow();
          recordStatus(c, saved.id(), null, NeedStatus.MOI, null, "business", now);
          return saved;
        });
  }

  /** One status change of a need. */
  public record StatusChange(NeedStatus from, NeedStatus to, String note, boolean noteVisible,
      String actor, Instant at) {}

  public Optional<Need> byId(long id) {
    return db.transaction(c -> one(c, "SELECT " + COLUMNS + " FROM needs WHERE id = ?", id));
  }

  /** Moves a need to a new status with an optional note; returns the status it had. */
  public NeedStatus changeStatus(long needId, NeedStatus to, String note, boolean noteVisible,
      String actor) {
    Instant now = clock.instant();
    return db.transaction(c -> {
      Need need = one(c, "SELECT " + COLUMNS + " FROM needs WHERE id = ?", needId).orElseThrow();
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE needs SET status = ?, updated_at = ? WHERE id = ?")) {
        ps.setString(1, to.code());
        ps.setString(2, now.toString());
        ps.setLong(3, needId);
        ps.executeUpdate();
      }
      recordStatus(c, needId, need.status(), to, note, actor, now);
      if (noteVisible) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE need_status_history SET note_visible = 1"
            + " WHERE id = (SELECT MAX(id) FROM need_status_history WHERE need_id = ?)")) {
          ps.setLong(1, needId);
          ps.executeUpdate();
        }
      }
      return need.status();
    });
  }

  /** A staff correction of one field; the field's source becomes "staff". */
  public void editField(long needId, vn.ketnoi.extraction.Field field, String value) {
    String column = switch (field) {
      case COMPANY_NAME, CONTACT_NAME, PHONE, EMAIL, PROVINCE, TITLE, DESCRIPTION, TIMELINE -> field.key();
      case SECTOR, NEED_TYPE, ORIGIN_SCOPE -> field.key();
      default -> throw new IllegalArgumentException("field " + field.key() + " cannot be edited here");
    };
    db.transaction(c -> {
      Need need = one(c, "SELECT " + COLUMNS + " FROM needs WHERE id = ?", needId).orElseThrow();
      java.util.Map<String, String> sources = new java.util.HashMap<>(need.fieldSources());
      sources.put(field.key(), "staff");
      try (PreparedStatement ps = c.prepareStatement("UPDATE needs SET " + column
          + " = ?, field_sources = ?, updated_at = ? WHERE id = ?")) {
        ps.setString(1, value);
        ps.setString(2, json(sources));
        ps.setString(3, clock.instant().toString());
        ps.setLong(4, needId);
        return ps.executeUpdate();
      }
    });
  }

  public List<StatusChange> history(long needId) {
    return db.transaction(c -> {
      List<StatusChange> changes = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT from_status, to_status, note,"
          + " note_visible, actor, at FROM need_status_history WHERE need_id = ? ORDER BY id")) {
        ps.setLong(1, needId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String from = rs.getString(1);
            changes.add(new StatusChange(from == null ? null : NeedStatus.ofCode(from),
                NeedStatus.ofCode(rs.getString(2)), rs.getString(3), rs.getInt(4) == 1,
                rs.getString(5), Instant.parse(rs.getString(6))));
          }
        }
      }
      return changes;
    });
  }

  public Optional<Need> byDraft(String draftId) {
    return db.transaction(c -> byDraft(c, draftId));
  }

  public Optional<Need> byCode(String code) {
    return db.transaction(c -> one(c, "SELECT " + COLUMNS + " FROM needs WHERE code = ?", code));
  }

  public List<Need> ofUser(long telegramUserId) {
    return db.transaction(
        c -> list(c, "SELECT " + COLUMNS + " FROM needs WHERE telegram_user_id = ? ORDER BY id DESC",
            telegramUserId));
  }

  /** Every need, oldest first. */
  public List<Need> all() {
    return db.transaction(c -> list(c, "SELECT " + COLUMNS + " FROM needs ORDER BY id"));
  }

  private static void recordStatus(
      Connection c, long needId, NeedStatus from, NeedStatus to, String note, String actor,
      Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO need_status_history (need_id, from_status, to_status, note, actor, at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, needId);
      ps.setString(2, from == null ? null : from.code());
      ps.setString(3, to.code());
      ps.setString(4, note);
      ps.setString(5, actor);
      ps.setString(6, at.toString());
      ps.executeUpdate();
    }
  }

  private static String nextCode(Connection c, int year) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO need_code_counters (year, last) VALUES (?, 1)"
                + " ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return String.format("NC-%d-%04d", year, rs.getInt(1));
      }
    }
  }

  private static Optional<Need> byDraft(Connection c, String draftId) throws SQLException {
    return one(c, "SELECT " + COLUMNS + " FROM needs WHERE draft_id = ?", draftId);
  }

  private static Optional<Need> one(Connection c, String sql, Object... args) throws SQLException {
    List<Need> found = list(c, sql, args);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static List<Need> list(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<Need> needs = new ArrayList<>();
        while (rs.next()) {
          needs.add(read(rs));
        }
        return needs;
      }
    }
  }

  private static Need read(ResultSet rs) throws SQLException {
    NeedCard card =
        new NeedCard(
            rs.getString("company_name"),
            rs.getString("contact_name"),
            rs.getString("phone"),
            rs.getString("email"),
            rs.getString("province"),
            code(rs.getString("sector"), Sector.class),
            code(rs.getString("need_type"), NeedType.class),
            rs.getString("title"),
            rs.getString("description"),
            code(rs.getString("origin_scope"), OriginScope.class),
            parse(rs.getString("origin_countries"), new TypeReference<List<String>>() {}),
            nullableLong(rs, "budget_vnd_min"),
            nullableLong(rs, "budget_vnd_max"),
            rs.getString("timeline"),
            parse(rs.getString("support_wanted"), new TypeReference<List<Support>>() {}),
            rs.getObject("employees") == null ? null : rs.getInt("employees"),
            parse(rs.getString("products"), new TypeReference<List<String>>() {}));
    Long userId = nullableLong(rs, "telegram_user_id");
    return new Need(
        rs.getLong("id"),
        rs.getString("code"),
        userId,
        NeedStatus.ofCode(rs.getString("status")),
        card,
        rs.getString("province_current"),
        parse(rs.getString("field_sources"), new TypeReference<Map<String, String>>() {}),
        rs.getString("source_text"),
        Instant.parse(rs.getString("created_at")),
        Instant.parse(rs.getString("updated_at")),
        rs.getString("personal_data_erased_at") != null);
  }

  private static <E extends Enum<E>> E code(String code, Class<E> type) {
    return code == null ? null : Enum.valueOf(type, code.toUpperCase(java.util.Locale.ROOT));
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setLong(i, value);
    }
  }

  private static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StorageException("cannot write JSON", e);
    }
  }

  private static <T> T parse(String json, TypeReference<T> type) {
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StorageException("unreadable JSON column", e);
    }
  }
}

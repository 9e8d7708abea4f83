package vn.ketnoi.need;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ketnoi.extraction.Field;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.extraction.NeedCard;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.StorageException;

/** Stored needs, their codes and their status history. */
public final class NeedStore {
  static final String COLUMNS =
      "id, code, telegram_user_id, status, company_name, contact_name, phone, email, province,"
          + " province_current, sector, need_type, title, description, origin_scope,"
          + " origin_countries, budget_vnd_min, budget_vnd_max, timeline, support_wanted,"
          + " employees, products, field_sources, source_text, created_at, updated_at,"
          + " personal_data_erased_at, other_contacts";
  /** Every need-card field is a column of the same name (need-card.md keys). */
  private static final List<String> CARD_COLUMNS =
      java.util.Arrays.stream(Field.values()).map(Field::key).toList();

  private final Database db;
  private final Clock clock;
  private final ZoneId zone;

  /** {@code zone} is the department's time zone: a code's year is the local year. */
  public NeedStore(Database db, Clock clock, ZoneId zone) {
    this.db = db;
    this.clock = clock;
    this.zone = zone;
  }

  /** The need as saved from a draft; saving the same draft twice returns the first save. */
  public record NewNeed(
      String draftId,
      long telegramUserId,
      NeedCard card,
      String provinceCurrent,
      Map<String, String> fieldSources,
      String sourceText,
      List<String> otherContacts) {
    public NewNeed {
      otherContacts = otherContacts == null ? List.of() : List.copyOf(otherContacts);
    }
  }

  public Need save(NewNeed n) {
    return db.transaction(
        c -> {
          Optional<Need> existing = byDraft(c, n.draftId());
          if (existing.isPresent()) {
            return existing.get();
          }
          Instant now = clock.instant();
          String code = nextCode(c, now.atZone(zone).getYear());
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO needs (code, telegram_user_id, status, " + String.join(", ", CARD_COLUMNS)
                      + ", province_current, other_contacts, field_sources, source_text, draft_id,"
                      + " created_at, updated_at) VALUES (?, ?, 'moi', "
                      + "?, ".repeat(CARD_COLUMNS.size()) + "?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setString(i++, code);
            ps.setLong(i++, n.telegramUserId());
            for (Field field : Field.values()) {
              ps.setObject(i++, column(field.valueIn(n.card())));
            }
            ps.setString(i++, n.provinceCurrent());
            ps.setString(i++, json(n.otherContacts()));
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
      // A status this version could not read is recorded as unknown (null), not as a code.
      NeedStatus from = need.status() == NeedStatus.KHONG_RO ? null : need.status();
      recordStatus(c, needId, from, to, note, actor, now);
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

  /**
   * A staff correction: the card as corrected, which need-card fields changed, and the other
   * contacts when they changed (null otherwise). Only those columns are written, each in the form
   * {@link #save} writes it, and their source becomes "staff"; a corrected province brings its
   * current unit.
   */
  public record Correction(NeedCard card, List<Field> fields, List<String> otherContacts,
      String provinceCurrent) {
    public Correction {
      fields = List.copyOf(fields);
      otherContacts = otherContacts == null ? null : List.copyOf(otherContacts);
    }
  }

  public void correct(long needId, Correction correction) {
    db.transaction(c -> {
      Need need = one(c, "SELECT " + COLUMNS + " FROM needs WHERE id = ?", needId).orElseThrow();
      Map<String, String> sources = new java.util.HashMap<>(need.fieldSources());
      List<String> sets = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      for (Field field : correction.fields()) {
        sets.add(field.key() + " = ?");
        values.add(column(field.valueIn(correction.card())));
        sources.put(field.key(), "staff");
      }
      if (correction.fields().contains(Field.PROVINCE)) {
        sets.add("province_current = ?");
        values.add(correction.provinceCurrent());
      }
      if (correction.otherContacts() != null) {
        sets.add("other_contacts = ?");
        values.add(json(correction.otherContacts()));
        sources.put("other_contacts", "staff");
      }
      sets.add("field_sources = ?");
      values.add(json(sources));
      sets.add("updated_at = ?");
      values.add(clock.instant().toString());
      values.add(needId);
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE needs SET " + String.join(", ", sets) + " WHERE id = ?")) {
        for (int i = 0; i < values.size(); i++) {
          ps.setObject(i + 1, values.get(i));
        }
        return ps.executeUpdate();
      }
    });
  }

  /** A card value as its column holds it: codes for enums, JSON for lists, numbers and text as they are. */
  private static Object column(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(java.util.Locale.ROOT);
    }
    if (value instanceof List<?> list) {
      return json(list);
    }
    return value;
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
            changes.add(new StatusChange(from == null ? null : NeedStatus.stored(from),
                NeedStatus.stored(rs.getString(2)), rs.getString(3), rs.getInt(4) == 1,
                rs.getString(5), instant(rs.getString(6))));
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
          needs.add(NeedRows.read(rs));
        }
        return needs;
      }
    }
  }

  private static Instant instant(String stored) {
    try {
      return stored == null ? null : Instant.parse(stored);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StorageException("cannot write JSON", e);
    }
  }
}

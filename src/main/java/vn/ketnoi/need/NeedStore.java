package vn.ketnoi.need;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ketnoi.card.Field;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;
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
      Map<String, Source> fieldSources,
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
          insert(c, n, code, now);
          Need saved = byDraft(c, n.draftId()).orElseThrow();
          recordStatus(c, saved.id(), null, NeedStatus.MOI, null, "business", now);
          return saved;
        });
  }

  private static void insert(Connection c, NewNeed n, String code, Instant now)
      throws SQLException {
    List<Object> values = new ArrayList<>(List.of(code, n.telegramUserId()));
    for (Field field : Field.values()) {
      values.add(column(field.valueIn(n.card())));
    }
    values.addAll(java.util.Arrays.asList(n.provinceCurrent(), json(n.otherContacts()),
        json(n.fieldSources()), n.sourceText(), n.draftId(), now, now));
    Sql.update(c, "INSERT INTO needs (code, telegram_user_id, status, "
        + String.join(", ", CARD_COLUMNS)
        + ", province_current, other_contacts, field_sources, source_text, draft_id,"
        + " created_at, updated_at) VALUES (?, ?, 'moi', "
        + "?, ".repeat(CARD_COLUMNS.size()) + "?, ?, ?, ?, ?, ?, ?)", values.toArray());
  }

  /** One status change of a need. */
  public record StatusChange(NeedStatus from, NeedStatus to, String note, boolean noteVisible,
      String actor, Instant at) {}

  public Optional<Need> byId(long id) {
    return db.transaction(c -> byId(c, id));
  }

  /** Moves a need to a new status with an optional note; returns the status it had. */
  public NeedStatus changeStatus(long needId, NeedStatus to, String note, boolean noteVisible,
      String actor) {
    Instant now = clock.instant();
    return db.transaction(c -> {
      Need need = byId(c, needId).orElseThrow();
      Sql.update(c, "UPDATE needs SET status = ?, updated_at = ? WHERE id = ?", to.code(), now,
          needId);
      // A status this version could not read is recorded as unknown (null), not as a code.
      NeedStatus from = need.status() == NeedStatus.KHONG_RO ? null : need.status();
      recordStatus(c, needId, from, to, note, actor, now);
      if (noteVisible) {
        Sql.update(c, "UPDATE need_status_history SET note_visible = 1"
            + " WHERE id = (SELECT MAX(id) FROM need_status_history WHERE need_id = ?)", needId);
      }
      return need.status();
    });
  }

  /**
   * A staff correction: the card as corrected, which need-card fields changed, and the other
   * contacts when they changed (null otherwise). Only those columns are written, each in the form
   * {@link #save} writes it, and their source becomes {@link Source#STAFF}; a corrected province brings its
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
      Need need = byId(c, needId).orElseThrow();
      Map<String, Source> sources = new java.util.HashMap<>(need.fieldSources());
      List<String> sets = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      for (Field field : correction.fields()) {
        sets.add(field.key() + " = ?");
        values.add(column(field.valueIn(correction.card())));
        sources.put(field.key(), Source.STAFF);
      }
      if (correction.fields().contains(Field.PROVINCE)) {
        sets.add("province_current = ?");
        values.add(correction.provinceCurrent());
      }
      if (correction.otherContacts() != null) {
        sets.add("other_contacts = ?");
        values.add(json(correction.otherContacts()));
        sources.put("other_contacts", Source.STAFF);
      }
      sets.add("field_sources = ?");
      values.add(json(sources));
      sets.add("updated_at = ?");
      values.add(clock.instant().toString());
      values.add(needId);
      return Sql.update(c, "UPDATE needs SET " + String.join(", ", sets) + " WHERE id = ?",
          values.toArray());
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
    return Sql.query(db, "SELECT from_status, to_status, note,"
        + " note_visible, actor, at FROM need_status_history WHERE need_id = ? ORDER BY id",
        row -> {
          String from = row.getString(1);
          return new StatusChange(from == null ? null : NeedStatus.stored(from),
              NeedStatus.stored(row.getString(2)), row.getString(3), row.getInt(4) == 1,
              row.getString(5), instant(row.getString(6)));
        }, needId);
  }

  public Optional<Need> byDraft(String draftId) {
    return db.transaction(c -> byDraft(c, draftId));
  }

  public Optional<Need> byCode(String code) {
    return Sql.one(db, "SELECT " + COLUMNS + " FROM needs WHERE code = ?", NeedRows::read, code);
  }

  public List<Need> ofUser(long telegramUserId) {
    return Sql.query(db, "SELECT " + COLUMNS
        + " FROM needs WHERE telegram_user_id = ? ORDER BY id DESC", NeedRows::read,
        telegramUserId);
  }

  /** Every need, oldest first. */
  public List<Need> all() {
    return Sql.query(db, "SELECT " + COLUMNS + " FROM needs ORDER BY id", NeedRows::read);
  }

  private static void recordStatus(
      Connection c, long needId, NeedStatus from, NeedStatus to, String note, String actor,
      Instant at) throws SQLException {
    Sql.update(c, "INSERT INTO need_status_history (need_id, from_status, to_status, note, actor,"
        + " at) VALUES (?, ?, ?, ?, ?, ?)", needId, from == null ? null : from.code(), to.code(),
        note, actor, at);
  }

  private static String nextCode(Connection c, int year) throws SQLException {
    int last = Sql.one(c, "INSERT INTO need_code_counters (year, last) VALUES (?, 1)"
        + " ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
        row -> row.getInt(1), year).orElseThrow();
    return String.format("NC-%d-%04d", year, last);
  }

  private static Optional<Need> byId(Connection c, long id) throws SQLException {
    return Sql.one(c, "SELECT " + COLUMNS + " FROM needs WHERE id = ?", NeedRows::read, id);
  }

  private static Optional<Need> byDraft(Connection c, String draftId) throws SQLException {
    return Sql.one(c, "SELECT " + COLUMNS + " FROM needs WHERE draft_id = ?", NeedRows::read,
        draftId);
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

package vn.ketnoi.need;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.Source;
import vn.ketnoi.card.Support;

/**
 * Reads a row of the needs table defensively: a value an older version or a bug wrote (an unknown
 * code, broken JSON in a list column, text where a number belongs) reads as unknown or empty and
 * is reported with the need, so one bad row never takes a list, an export or the statistics down.
 * Each problem is logged once per process, by need id and column, never with the value (it may
 * be personal data).
 */
final class NeedRows {
  private static final Logger LOG = LoggerFactory.getLogger(NeedRows.class);
  private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();
  private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final ResultSet rs;
  private final long id;
  private final List<Need.Unreadable> unreadable = new ArrayList<>();

  private NeedRows(ResultSet rs) throws SQLException {
    this.rs = rs;
    this.id = rs.getLong("id");
  }

  static Need read(ResultSet rs) throws SQLException {
    return new NeedRows(rs).need();
  }

  private Need need() throws SQLException {
    NeedCard card =
        new NeedCard(
            rs.getString("company_name"),
            rs.getString("contact_name"),
            rs.getString("phone"),
            rs.getString("email"),
            rs.getString("province"),
            code("sector", Sector.class),
            code("need_type", NeedType.class),
            rs.getString("title"),
            rs.getString("description"),
            code("origin_scope", OriginScope.class),
            strings("origin_countries"),
            number("budget_vnd_min", Long.MAX_VALUE),
            number("budget_vnd_max", Long.MAX_VALUE),
            rs.getString("timeline"),
            support(),
            employees(),
            strings("products"));
    String status = rs.getString("status");
    NeedStatus read = NeedStatus.stored(status);
    if (read == NeedStatus.KHONG_RO) {
      problem("status", status);
    }
    boolean erased = rs.getString("personal_data_erased_at") != null;
    return new Need(id, rs.getString("code"), number("telegram_user_id", Long.MAX_VALUE), read, card,
        rs.getString("province_current"), sources(), rs.getString("source_text"),
        instant("created_at"), instant("updated_at"), erased,
        erased ? List.of() : strings("other_contacts"), unreadable);
  }

  private <E extends Enum<E>> E code(String column, Class<E> type) throws SQLException {
    String stored = rs.getString(column);
    if (stored == null) {
      return null;
    }
    Optional<E> value = Codes.parse(type, stored);
    if (value.isEmpty()) {
      problem(column, stored);
    }
    return value.orElse(null);
  }

  /** A whole number, or null when there is none or what is stored is not one. */
  private Long number(String column, long max) throws SQLException {
    Object stored = rs.getObject(column);
    if (stored == null) {
      return null;
    }
    if ((stored instanceof Integer || stored instanceof Long)
        && Math.abs(((Number) stored).longValue()) <= max) {
      return ((Number) stored).longValue();
    }
    problem(column, String.valueOf(stored));
    return null;
  }

  private Integer employees() throws SQLException {
    Long n = number("employees", Integer.MAX_VALUE);
    return n == null ? null : n.intValue();
  }

  private List<String> strings(String column) throws SQLException {
    List<String> values = new ArrayList<>();
    for (JsonNode item : array(column)) {
      if (item.isTextual()) {
        values.add(item.asText());
      } else {
        problem(column, item.toString());
      }
    }
    return values;
  }

  private List<Support> support() throws SQLException {
    List<Support> wanted = new ArrayList<>();
    for (JsonNode item : array("support_wanted")) {
      Optional<Support> s = item.isTextual() ? Codes.parse(Support.class, item.asText()) : Optional.empty();
      if (s.isPresent()) {
        wanted.add(s.get());
      } else {
        problem("support_wanted", item.toString());
      }
    }
    return wanted;
  }

  private Iterable<JsonNode> array(String column) throws SQLException {
    String stored = rs.getString(column);
    JsonNode node = json(column, stored);
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      problem(column, stored);
      return List.of();
    }
    return node;
  }

  private Map<String, Source> sources() throws SQLException {
    String stored = rs.getString("field_sources");
    JsonNode node = json("field_sources", stored);
    Map<String, Source> sources = new LinkedHashMap<>();
    if (node == null) {
      return sources;
    }
    if (!node.isObject()) {
      problem("field_sources", stored);
      return sources;
    }
    node.properties().forEach(e -> {
      Optional<Source> source = e.getValue().isTextual() ? Source.ofCode(e.getValue().asText()) : Optional.empty();
      if (source.isPresent()) {
        sources.put(e.getKey(), source.get());
      } else {
        problem("field_sources", e.getKey() + "=" + e.getValue());
      }
    });
    return sources;
  }

  private JsonNode json(String column, String stored) {
    if (stored == null) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(stored);
    } catch (JsonProcessingException e) {
      problem(column, stored);
      return null;
    }
  }

  /** An ISO instant as we write it, or SQLite's own "2026-11-30 08:05:49" (UTC); else unknown. */
  private Instant instant(String column) throws SQLException {
    String stored = rs.getString(column);
    if (stored != null) {
      try {
        return Instant.parse(stored);
      } catch (DateTimeParseException e) {
        try {
          return LocalDateTime.parse(stored, SQLITE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notSqlite) {
          // reported below
        }
      }
    }
    problem(column, stored);
    return null;
  }

  private void problem(String column, String stored) {
    unreadable.add(new Need.Unreadable(column, stored));
    if (LOGGED.add(id + ":" + column)) {
      LOG.warn("need {}: the stored value of column {} cannot be read; it reads as unknown", id, column);
    }
  }
}

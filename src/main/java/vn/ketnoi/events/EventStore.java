package vn.ketnoi.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ketnoi.knowledge.Entry;
import vn.ketnoi.need.Dates;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/**
 * Every event a business may see: the shipped ones of knowledge/events.json and those staff store
 * in SQLite, read together. A shipped event opens registration only once it has a date.
 */
public final class EventStore {
  private final Database db;
  private final Clock clock;
  private final Dates dates;
  private final java.util.function.Supplier<List<Entry.Event>> shipped;

  public EventStore(Database db, Clock clock, Dates dates, List<Entry.Event> shipped) {
    this(db, clock, dates, constant(List.copyOf(shipped)));
  }

  /** The shipped events read anew each time, so a knowledge reload reaches them. */
  public EventStore(Database db, Clock clock, Dates dates,
      java.util.function.Supplier<List<Entry.Event>> shipped) {
    this.db = db;
    this.clock = clock;
    this.dates = dates;
    this.shipped = shipped;
  }

  private static java.util.function.Supplier<List<Entry.Event>> constant(List<Entry.Event> events) {
    return () -> events;
  }

  /** What a staff member creates; {@code startsAt} may be null. */
  public record NewEvent(String title, String kind, Instant startsAt, String place, String summary,
      String link, boolean registrationOpen, long createdBy) {}

  public Event create(NewEvent e) {
    long id = Sql.insert(db, "INSERT INTO events (title, kind, starts_at, place, summary, link,"
            + " registration_open, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.title(), e.kind(), e.startsAt(), e.place(), e.summary(), e.link(), e.registrationOpen(),
        e.createdBy(), clock.instant());
    return byId(Long.toString(id)).orElseThrow();
  }

  /** Events from today on, dated ones first by date, then those without a date. */
  public List<Event> upcoming() {
    return all().stream().filter(this::isUpcoming)
        .sorted(Comparator.comparing(Event::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** Every event, past ones too: staff's own events first, in the order they were created. */
  public List<Event> all() {
    List<Event> all = new ArrayList<>(stored());
    shipped.get().forEach(e -> all.add(fromFile(e)));
    return all;
  }

  /** Not over yet: today or later (local time), or no date set. */
  public boolean isUpcoming(Event e) {
    return e.startsAt() == null || !dates.day(e.startsAt()).isBefore(dates.day(clock.instant()));
  }

  /** One event by its id; empty for an id no event has (a forged button, a removed event). */
  public Optional<Event> byId(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    if (id.chars().allMatch(Character::isDigit) && id.length() < 18) {
      return Sql.one(db, "SELECT id, title, kind, starts_at, place, summary, registration_open"
          + " FROM events WHERE id = ?", EventStore::row, Long.parseLong(id));
    }
    return shipped.get().stream().filter(e -> e.id().equals(id)).findFirst().map(this::fromFile);
  }

  /**
   * Where to read more or register: a staff event's link, a shipped event's "register" when it is
   * a web address; empty when there is none.
   */
  public Optional<String> link(Event e) {
    if (e.id().chars().allMatch(Character::isDigit) && e.id().length() < 18) {
      return Sql.one(db, "SELECT coalesce(link, '') FROM events WHERE id = ?", row -> row.getString(1),
          Long.parseLong(e.id())).filter(l -> !l.isBlank());
    }
    return shipped.get().stream().filter(s -> s.id().equals(e.id())).findFirst().map(Entry.Event::register)
        .filter(r -> r.startsWith("http://") || r.startsWith("https://"));
  }

  private List<Event> stored() {
    return Sql.query(db, "SELECT id, title, kind, starts_at, place, summary, registration_open"
        + " FROM events ORDER BY id", EventStore::row);
  }

  private static Event row(java.sql.ResultSet r) throws java.sql.SQLException {
    String at = r.getString(4);
    return new Event(Long.toString(r.getLong(1)), r.getString(2), r.getString(3),
        at == null ? null : Instant.parse(at), r.getString(5), r.getString(6), r.getInt(7) == 1);
  }

  private Event fromFile(Entry.Event e) {
    Instant at = localTime(e.date());
    return new Event(e.id(), e.title(), e.kind(), at, e.place(), e.summary(), at != null);
  }

  /** "2026-12-15" or "2026-12-15T08:00", local time; anything else reads as no date yet. */
  private Instant localTime(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return text.contains("T") ? LocalDateTime.parse(text.strip()).atZone(dates.zone()).toInstant()
          : dates.startOf(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }
}

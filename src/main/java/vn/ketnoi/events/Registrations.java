package vn.ketnoi.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/** Registrations for events: one per user and event, with the contact and where they came from. */
public final class Registrations {
  /** Who registers: the contact of their last need, any part of it may be null. */
  public record Contact(String name, String company, String phone) {
    public static final Contact NONE = new Contact(null, null, null);
  }

  public record Registrant(Contact contact, Instant registeredAt, String source) {}

  /** A deep link opened before consent: which event, and where the user came from. */
  public record HeldLink(String eventId, String source) {}

  private final Database db;
  private final Clock clock;

  public Registrations(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Registers; false when this user was registered for this event already. */
  public boolean register(String eventId, long userId, long chatId, Contact contact, String source) {
    return Sql.update(db, "INSERT INTO event_registrations (event_id, telegram_user_id, chat_id,"
            + " contact_name, company_name, phone, source, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (event_id, telegram_user_id) DO NOTHING",
        eventId, userId, chatId, contact.name(), contact.company(), contact.phone(), source,
        clock.instant()) > 0;
  }

  /** Cancels (a reminder of the event not yet sent to the user goes too); false when there was none. */
  public boolean cancel(String eventId, long userId) {
    Sql.update(db, "DELETE FROM broadcast_recipients WHERE status = 'pending' AND broadcast_id IN"
        + " (SELECT broadcast_id FROM event_reminders WHERE event_id = ?) AND chat_id IN"
        + " (SELECT chat_id FROM event_registrations WHERE event_id = ? AND telegram_user_id = ?)",
        eventId, eventId, userId);
    return Sql.update(db, "DELETE FROM event_registrations WHERE event_id = ? AND telegram_user_id = ?",
        eventId, userId) > 0;
  }

  public boolean registered(String eventId, long userId) {
    return Sql.one(db, "SELECT 1 FROM event_registrations WHERE event_id = ? AND telegram_user_id = ?",
        row -> true, eventId, userId).orElse(false);
  }

  public List<Registrant> of(String eventId) {
    return Sql.query(db, "SELECT contact_name, company_name, phone, registered_at, source"
            + " FROM event_registrations WHERE event_id = ? ORDER BY registered_at, id",
        r -> new Registrant(new Contact(r.getString(1), r.getString(2), r.getString(3)),
            Instant.parse(r.getString(4)), r.getString(5)), eventId);
  }

  /** A deep link opened before consent, kept until the user answers the notice. */
  public void holdLink(long userId, String eventId, String source) {
    Sql.update(db, "INSERT INTO event_links_waiting (telegram_user_id, event_id, source, at)"
        + " VALUES (?, ?, ?, ?) ON CONFLICT (telegram_user_id) DO UPDATE SET event_id = excluded.event_id,"
        + " source = excluded.source, at = excluded.at", userId, eventId, source, clock.instant());
  }

  /** The held link's event id and source, removed as it is read. */
  public Optional<HeldLink> takeLink(long userId) {
    Optional<HeldLink> held = Sql.one(db, "SELECT event_id, source FROM event_links_waiting"
        + " WHERE telegram_user_id = ?", r -> new HeldLink(r.getString(1), r.getString(2)), userId);
    held.ifPresent(h -> Sql.update(db, "DELETE FROM event_links_waiting WHERE telegram_user_id = ?", userId));
    return held;
  }
}

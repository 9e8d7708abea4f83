package vn.ketnoi.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.events.Event;
import vn.ketnoi.events.EventFeature;
import vn.ketnoi.events.EventStore;
import vn.ketnoi.need.Dates;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;
import vn.ketnoi.text.Messages;

/**
 * The day-before reminder to an event's registrants. From REMINDER_HOUR (TIME_ZONE) of the day
 * before an event until it starts, {@link #check} queues one reminder broadcast for it, its
 * recipients snapshotted from the registrations, in the same transaction as the event's row in
 * event_reminders: that key makes it once per event, restarts included, and the broadcast outbox
 * then delivers it (claimed before the call, unknown after a crash, never sent twice). A bot down
 * until the event started records it skipped instead. Who registers after the reminder was queued
 * gets none: the registration answer gives the date and time.
 */
public final class Reminders {
  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

  /** What one check did: reminders queued, events too late to remind. */
  public record Checked(int queued, int skipped) {}

  private final Database db;
  private final Clock clock;
  private final EventStore events;
  private final Dates dates;
  private final int hour;
  private final Long staffChatId;
  private final Messages messages;

  /** @param staffChatId the staff group told of each reminder's result; null: only the log */
  public Reminders(Database db, Clock clock, EventStore events, Dates dates, int hour,
      Long staffChatId, Messages messages) {
    this.db = db;
    this.clock = clock;
    this.events = events;
    this.dates = dates;
    this.hour = hour;
    this.staffChatId = staffChatId;
    this.messages = messages;
  }

  /** Queues the reminders due now, records those too late; safe to run at any time, twice at once. */
  public Checked check() {
    Instant now = clock.instant();
    Set<String> decided = new HashSet<>(Sql.query(db, "SELECT event_id FROM event_reminders",
        row -> row.getString(1)));
    int queued = 0;
    int skipped = 0;
    for (Event e : events.all()) {
      if (e.startsAt() == null || decided.contains(e.id()) || now.isBefore(dueAt(e.startsAt()))) {
        continue;
      }
      if (now.isBefore(e.startsAt())) {
        queued += queue(e, now) ? 1 : 0;
      } else {
        skipped += skip(e, now) ? 1 : 0;
      }
    }
    return new Checked(queued, skipped);
  }

  /** REMINDER_HOUR on the day before the event's day. */
  Instant dueAt(Instant startsAt) {
    return dates.day(startsAt).minusDays(1).atTime(hour, 0).atZone(dates.zone()).toInstant();
  }

  private boolean queue(Event e, Instant now) {
    return db.transaction(c -> {
      if (Sql.update(c, "INSERT INTO event_reminders (event_id, status, decided_at) VALUES (?, 'queued', ?)"
          + " ON CONFLICT (event_id) DO NOTHING", e.id(), now) == 0) {
        return false; // another check got there first
      }
      if (Sql.one(c, "SELECT COUNT(*) FROM event_registrations WHERE event_id = ?", row -> row.getInt(1),
          e.id()).orElse(0) == 0) {
        Sql.update(c, "UPDATE event_reminders SET status = 'none' WHERE event_id = ?", e.id());
        LOG.info("reminder of event {}: nobody registered, none sent", e.id());
        return false;
      }
      long id = Sql.insert(c, "INSERT INTO broadcasts (staff_user_id, staff_chat_id, text, status,"
              + " created_at, started_at, kind, button_label, button_data, expires_at)"
              + " VALUES (0, ?, ?, 'sending', ?, ?, 'reminder', ?, ?, ?)",
          staffChatId == null ? 0L : staffChatId, text(e), now, now, messages.get("events.unregister"),
          EventFeature.unregisterData(e.id()), e.startsAt());
      // Those who blocked the bot are counted blocked without a call, as for announcements.
      int recipients = Sql.update(c, "INSERT INTO broadcast_recipients (broadcast_id, chat_id, status,"
          + " settled_at) SELECT ?, r.chat_id, CASE WHEN u.blocked_at IS NULL THEN 'pending' ELSE 'blocked' END,"
          + " CASE WHEN u.blocked_at IS NULL THEN NULL ELSE ? END FROM event_registrations r"
          + " LEFT JOIN users u ON u.telegram_user_id = r.telegram_user_id WHERE r.event_id = ?"
          + " ON CONFLICT DO NOTHING", id, now, e.id());
      Sql.update(c, "UPDATE event_reminders SET broadcast_id = ? WHERE event_id = ?", id, e.id());
      LOG.info("reminder of event {} queued as broadcast {} to {} registrants", e.id(), id, recipients);
      return true;
    });
  }

  private boolean skip(Event e, Instant now) {
    boolean recorded = Sql.update(db, "INSERT INTO event_reminders (event_id, status, decided_at)"
        + " VALUES (?, 'skipped', ?) ON CONFLICT (event_id) DO NOTHING", e.id(), now) > 0;
    if (recorded) {
      LOG.info("reminder of event {} skipped: it started at {} before the bot could send it",
          e.id(), e.startsAt());
    }
    return recorded;
  }

  /** What registrants read: title, date and time, place, the link when there is one. */
  String text(Event e) {
    String place = e.place() == null || e.place().isBlank() ? messages.get("events.no_place") : e.place();
    List<String> lines = new ArrayList<>(List.of(
        messages.get("events.reminder", e.title(), dates.minutes(e.startsAt()), place)));
    events.link(e).ifPresent(link -> lines.add(messages.get("events.reminder.link", link)));
    lines.add(messages.get("events.reminder.cancel"));
    return String.join("\n", lines);
  }
}

package vn.ketnoi.events;

import java.time.Clock;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/**
 * Who asked for announcements. Subscribing is its own consent, recorded with when and which
 * version of the notice it answered; stopping keeps that record with when it stopped.
 */
public final class Subscriptions {
  /** Bump when the subscription notice (messages "events.subscribed") changes. */
  public static final String NOTICE_VERSION = "2026-12";

  private final Database db;
  private final Clock clock;

  public Subscriptions(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Subscribes; false when the user already was. */
  public boolean subscribe(long userId, long chatId) {
    if (subscribed(userId)) {
      return false;
    }
    Sql.update(db, "INSERT INTO subscriptions (telegram_user_id, chat_id, consent_version, subscribed_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (telegram_user_id) DO UPDATE SET chat_id = excluded.chat_id,"
            + " consent_version = excluded.consent_version, subscribed_at = excluded.subscribed_at,"
            + " unsubscribed_at = NULL",
        userId, chatId, NOTICE_VERSION, clock.instant());
    return true;
  }

  /** Stops; false when the user was not subscribed. */
  public boolean unsubscribe(long userId) {
    return Sql.update(db, "UPDATE subscriptions SET unsubscribed_at = ? WHERE telegram_user_id = ?"
        + " AND unsubscribed_at IS NULL", clock.instant(), userId) > 0;
  }

  public boolean subscribed(long userId) {
    return Sql.one(db, "SELECT 1 FROM subscriptions WHERE telegram_user_id = ? AND unsubscribed_at IS NULL",
        row -> true, userId).orElse(false);
  }

  /** True the first time only: the offer after a saved need is made once per user. */
  public boolean offerOnce(long userId) {
    return Sql.update(db, "INSERT INTO subscription_offers (telegram_user_id, offered_at) VALUES (?, ?)"
        + " ON CONFLICT (telegram_user_id) DO NOTHING", userId, clock.instant()) > 0;
  }
}

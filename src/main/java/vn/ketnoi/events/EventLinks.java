package vn.ketnoi.events;

/**
 * The deep link that opens an event: {@code https://t.me/<bot>?start=evt_<id>} once the Telegram
 * channel has learned the bot's username (getMe at start-up); until then, and in the console, the
 * command it stands for, {@code /start evt_<id>}.
 */
public final class EventLinks {
  static final String PREFIX = "evt_";

  private volatile String botUsername;

  /** The bot's username as Telegram gave it; blank leaves the console form. */
  public void botNamed(String username) {
    this.botUsername = username == null || username.isBlank() ? null : username.strip();
  }

  public String of(String eventId) {
    String name = botUsername;
    return name == null ? "/start " + PREFIX + eventId : "https://t.me/" + name + "?start=" + PREFIX + eventId;
  }
}

package vn.ketnoi.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.text.Html;
import vn.ketnoi.text.Messages;

/** The texts of a broadcast both sides show: the message recipients get, and the report. */
public final class BroadcastReport {
  /** Longer announcements are refused: ten messages in a row is already a lot to read. */
  public static final int MAX_PARTS = 10;
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final Messages messages;

  public BroadcastReport(Messages messages) {
    this.messages = messages;
  }

  /** Exactly what every recipient receives: the text and one last line on how to stop. */
  public String message(String text) {
    return text.strip() + "\n\n" + messages.get("broadcast.footer");
  }

  /**
   * The messages one announcement goes out as, HTML-escaped: over Telegram's limit it is split on
   * line boundaries, the footer in the last part.
   */
  public List<String> parts(String text) {
    return Html.split(Html.escape(message(text)), Html.MAX_LENGTH);
  }

  /** The report: sent, blocked, gone, failed, unknown, elapsed and the achieved rate. */
  public String report(Broadcasts.Broadcast b, Broadcasts.Counts c, Instant end) {
    Duration elapsed = Duration.between(b.startedAt(), end == null ? b.startedAt() : end);
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    int attempted = c.sent() + c.gone() + c.failed() + c.unknown();
    return messages.get("broadcast.report", b.id(), number(c.sent()), number(c.total()),
        number(c.blocked()), number(c.gone()), number(c.failed()), number(c.unknown()),
        elapsed(elapsed), String.format(VIETNAMESE, "%.1f", attempted / seconds));
  }

  /**
   * The report staff get when it is done; with "Gửi lại cho N người chưa rõ" when some recipients
   * left unknown may be sent it again (never automatically: only a confirmed resend does).
   */
  public Reply finished(Broadcasts.Broadcast b, Broadcasts.Counts c, int resendable) {
    String text = report(b, c, b.finishedAt());
    return resendable == 0 ? new Reply.Text(text)
        : new Reply.Choice(text, List.of(resendButton(b.id(), resendable, false)));
  }

  /** The button that drafts a resend to the unknown ones; {@code withId} names the broadcast. */
  Reply.Button resendButton(long id, int resendable, boolean withId) {
    String label = withId ? messages.get("broadcast.resend.button.item", id, number(resendable))
        : messages.get("broadcast.resend.button", number(resendable));
    return new Reply.Button(label, "bc:re:" + id);
  }

  /** The short line staff get after an event reminder: its first line and the counts. */
  public String reminderReport(Broadcasts.Broadcast b, Broadcasts.Counts c) {
    int skipped = c.total() - c.pending() - c.sent() - c.blocked() - c.gone() - c.failed() - c.unknown();
    return messages.get("broadcast.reminder_report", b.id(), b.text().lines().findFirst().orElse(""),
        number(c.sent()), number(c.total()), number(c.blocked()), number(c.gone()), number(c.failed()),
        number(c.unknown()), number(skipped));
  }

  /** 1240 → "1.240", as Vietnamese writes it. */
  public static String number(long n) {
    return String.format(VIETNAMESE, "%,d", n);
  }

  private static String elapsed(Duration d) {
    long s = d.toSeconds();
    return s >= 60 ? (s / 60) + " phút " + (s % 60) + " giây" : s + " giây";
  }
}

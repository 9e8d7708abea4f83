package vn.ketnoi.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.ketnoi.broadcast.BroadcastReport;
import vn.ketnoi.broadcast.Broadcasts;
import vn.ketnoi.text.Html;
import vn.ketnoi.text.Messages;

/**
 * The one progress message a staff member sees while a broadcast runs, edited in place every few
 * seconds. It is a courtesy, not a record: it goes straight to Telegram, and a lost edit is only
 * a stale figure (the report at the end goes through the outbox).
 */
final class BroadcastProgress {
  private static final Logger LOG = LoggerFactory.getLogger(BroadcastProgress.class);
  private static final Duration EVERY = Duration.ofSeconds(2);

  private final TelegramClient client;
  private final Messages messages;
  private final long broadcastId;
  private final long chatId;
  private final long startedNanos = System.nanoTime();
  private long lastNanos;
  private int doneAtStart = -1;
  private Integer messageId;

  BroadcastProgress(TelegramClient client, Messages messages, long broadcastId, long chatId) {
    this.client = client;
    this.messages = messages;
    this.broadcastId = broadcastId;
    this.chatId = chatId;
  }

  /** True when the message is still to send, or its last edit is old enough. */
  boolean due() {
    return messageId == null || System.nanoTime() - lastNanos >= EVERY.toNanos();
  }

  /** Sends or edits the message with the counts. */
  void show(Broadcasts.Counts counts) {
    long now = System.nanoTime();
    int done = counts.total() - counts.pending();
    if (doneAtStart < 0) {
      doneAtStart = done;
    }
    lastNanos = now;
    double seconds = Math.max(now - startedNanos, 1_000_000) / 1e9;
    double rate = (done - doneAtStart) / seconds;
    long left = rate > 0 ? Math.round(counts.pending() / rate) : 0;
    String text = Html.escape(messages.get("broadcast.progress", broadcastId,
        BroadcastReport.number(done), BroadcastReport.number(counts.total()),
        String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f", rate), left));
    try {
      if (messageId == null) {
        messageId = client.execute(SendMessage.builder().chatId(chatId).text(text).parseMode("HTML")
            .build()).getMessageId();
      } else {
        client.execute(EditMessageText.builder().chatId(chatId).messageId(messageId).text(text)
            .parseMode("HTML").build());
      }
    } catch (TelegramApiException | RuntimeException e) {
      LOG.debug("broadcast {} progress not shown: {}", broadcastId, e.getMessage());
    }
  }
}

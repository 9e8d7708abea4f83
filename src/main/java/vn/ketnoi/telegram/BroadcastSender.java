package vn.ketnoi.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.ketnoi.broadcast.BroadcastReport;
import vn.ketnoi.broadcast.Broadcasts;
import vn.ketnoi.broadcast.Broadcasts.Broadcast;
import vn.ketnoi.broadcast.Broadcasts.Claimed;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.storage.StorageException;
import vn.ketnoi.text.Html;
import vn.ketnoi.text.Messages;

/**
 * Delivers confirmed announcements from the broadcast outbox, on one thread of its own, within
 * {@link SendLimits} (BROADCAST_RATE, and after any conversation reply waiting to go). Each
 * recipient is claimed before the call and settled after; a long announcement goes out as parts,
 * part k to everyone before part k+1, each recorded as it goes so none is sent twice. A 429
 * releases the row and pauses all sending for {@code retry_after}, stored so a restart waits it
 * out. Event reminders go the same way, as stored, with their "Hủy đăng ký" button and no progress
 * message, and not once their event has started.
 */
final class BroadcastSender implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(BroadcastSender.class);
  /** How often an idle sender looks for a newly confirmed broadcast. */
  private static final Duration IDLE_LOOK = Duration.ofMillis(500);
  private static final int MAX_ATTEMPTS_NOW = 5;

  /** What became of one recipient's call. */
  private enum Result { SENT, BLOCKED, GONE, FAILED, UNKNOWN, RETRY, PAUSE, WAIT }

  private record Outcome(Result result, Integer messageId, String reason, Duration pause) {
    static Outcome of(Result result, String reason) {
      return new Outcome(result, null, reason, Duration.ZERO);
    }
  }

  private final TelegramClient client;
  private final Broadcasts store;
  private final BroadcastReport texts;
  private final BlockedUsers blocked;
  private final Clock clock;
  private final TelegramChannel.Sleeper sleeper;
  private final BiConsumer<Long, Reply> notify;
  private final BooleanSupplier closing;
  private final SendLimits limits;
  private final Messages messages;

  BroadcastSender(TelegramClient client, Broadcasts store, BroadcastReport texts, BlockedUsers blocked,
      Clock clock, TelegramChannel.Sleeper sleeper, BiConsumer<Long, Reply> notify,
      BooleanSupplier closing, SendLimits limits, Messages messages) {
    this.messages = messages;
    this.client = client;
    this.store = store;
    this.texts = texts;
    this.blocked = blocked;
    this.sleeper = sleeper;
    this.notify = notify;
    this.closing = closing;
    this.limits = limits;
    this.clock = clock;
  }

  /** Before anything is sent: rows a dead process left claimed are unknown, never re-sent. */
  void recover() {
    int unknown = store.recoverAfterCrash();
    if (unknown > 0) {
      LOG.warn("{} broadcast recipients were in flight when the bot stopped: marked unknown", unknown);
    }
  }

  @Override
  public void run() {
    try {
      while (!closing.getAsBoolean()) {
        // A full disk or a locked file: wait for it, then go on where the outbox says.
        new StorageWait("the broadcast sender", sleeper, closing).retry(this::deliverOpen);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (StorageException e) {
      // Stopping, or storage that waiting does not mend (logged): the next start resumes it.
    } catch (RuntimeException e) {
      // Whatever is left stays in the outbox; the next start resumes it.
      LOG.error("broadcast sender stopped", e);
    }
  }

  private boolean deliverOpen() throws InterruptedException {
    List<Broadcast> open = store.unfinished();
    if (open.isEmpty()) {
      Thread.sleep(IDLE_LOOK.toMillis());
    }
    for (Broadcast b : open) {
      deliver(b);
    }
    return true;
  }

  private void deliver(Broadcast b) throws InterruptedException {
    Broadcasts.Style style = store.style(b.id());
    // An event reminder goes as stored; an announcement gets the stop line. Either may need parts.
    List<String> parts = style.reminder() ? Html.split(Html.escape(b.text()), Html.MAX_LENGTH)
        : texts.parts(b.text());
    // An event's announcement carries "Đăng ký tham dự", a reminder "Hủy đăng ký", on the last part.
    InlineKeyboardMarkup keyboard = style.button().map(x -> Keyboards.inline(List.of(x))).orElse(null);
    BroadcastProgress progress = style.reminder() ? null
        : new BroadcastProgress(client, messages, b.id(), b.staffChatId());
    for (Optional<Claimed> next = claimNext(b, style); next.isPresent(); next = claimNext(b, style)) {
      Claimed claimed = next.get();
      if (closing.getAsBoolean()) {
        store.release(claimed);
        return;
      }
      try {
        if (progress != null && progress.due()) {
          // The progress message counts against the same limits as the announcement.
          limits.broadcast(b.staffChatId());
          progress.show(store.counts(b.id()));
        }
        limits.broadcast(claimed.chatId());
      } catch (InterruptedException e) {
        // Stopping before the call: the row was not sent, so it stays to be sent.
        store.release(claimed);
        throw e;
      }
      int part = Math.min(claimed.partsSent(), parts.size() - 1);
      boolean lastPart = part == parts.size() - 1;
      Outcome outcome = sendWithRetries(claimed, parts.get(part), lastPart ? keyboard : null);
      // Written down before the next call, waiting for storage if it must: a row left claimed
      // would count as unknown until a restart, though we know what became of it.
      StorageWait wait = new StorageWait("broadcast " + b.id(), sleeper, closing);
      if (!wait.retry(() -> settle(claimed, outcome, lastPart))) {
        return;
      }
    }
    if (store.finish(b.id())) {
      finished(store.find(b.id()).orElseThrow(), style);
    }
  }

  /** The next recipient; none once a reminder's event has started (the rest are skipped). */
  private Optional<Claimed> claimNext(Broadcast b, Broadcasts.Style style) {
    if (style.tooLate(clock.instant())) {
      int skipped = store.expire(b.id());
      if (skipped > 0) {
        LOG.info("broadcast {}: the event started, {} reminders not sent", b.id(), skipped);
      }
      return Optional.empty();
    }
    return store.claimNext(b.id());
  }

  /** The report to the staff member; for a reminder a log line, and a line to the staff group if set. */
  private void finished(Broadcast done, Broadcasts.Style style) {
    Broadcasts.Counts c = store.counts(done.id());
    if (!style.reminder()) {
      LOG.info("broadcast {} finished", done.id());
      notify.accept(done.staffChatId(), texts.finished(done, c, store.resendable(done.id())));
      return;
    }
    LOG.info("reminder broadcast {} finished: {} of {} sent, {} blocked, {} gone, {} failed, {} unknown",
        done.id(), c.sent(), c.total(), c.blocked(), c.gone(), c.failed(), c.unknown());
    if (done.staffChatId() != 0) {
      notify.accept(done.staffChatId(), new Reply.Text(texts.reminderReport(done, c)));
    }
  }

  /** Records the outcome; false when the broadcast has to stop for now (a 429 pause, no network). */
  private boolean settle(Claimed claimed, Outcome o, boolean lastPart) throws InterruptedException {
    switch (o.result()) {
      case SENT -> {
        if (lastPart) {
          store.settle(claimed, "sent", o.messageId(), null);
        } else {
          store.partSent(claimed, o.messageId());
        }
      }
      case BLOCKED -> {
        blocked.record(claimed.chatId());
        store.settle(claimed, "blocked", null, o.reason());
      }
      case GONE -> store.settle(claimed, "gone", null, o.reason());
      case FAILED -> store.settle(claimed, "failed", null, o.reason());
      case UNKNOWN -> store.settle(claimed, "unknown", null, o.reason());
      case RETRY -> {
        store.release(claimed);
        return false;
      }
      case PAUSE -> {
        store.release(claimed);
        // Stored and shared: replies wait too, and the next call here waits it out.
        limits.pause(o.pause());
        LOG.warn("broadcast {} paused {} s: {}", claimed.broadcastId(), o.pause().toSeconds(), o.reason());
        return false;
      }
      case WAIT -> {
        store.release(claimed);
        LOG.warn("broadcast {} waits {} s: {}", claimed.broadcastId(), o.pause().toSeconds(), o.reason());
        sleeper.sleep(o.pause());
        return false;
      }
    }
    return true;
  }

  /** Errors before the request left are retried here with backoff; anything else is final. */
  private Outcome sendWithRetries(Claimed claimed, String text, InlineKeyboardMarkup keyboard)
      throws InterruptedException {
    Duration backoff = Duration.ofMillis(500);
    for (int attempt = 1; ; attempt++) {
      Outcome outcome = sendOnce(claimed.chatId(), text, keyboard);
      if (outcome.result() != Result.RETRY || attempt >= MAX_ATTEMPTS_NOW) {
        return outcome;
      }
      sleeper.sleep(backoff);
      backoff = backoff.multipliedBy(2);
    }
  }

  private Outcome sendOnce(long chatId, String text, InlineKeyboardMarkup keyboard) {
    try {
      Integer id = client.execute(SendMessage.builder().chatId(chatId).text(text).parseMode("HTML")
          .replyMarkup(keyboard).build()).getMessageId();
      return new Outcome(Result.SENT, id, null, Duration.ZERO);
    } catch (TelegramApiRequestException e) {
      return classify(e);
    } catch (TelegramApiException e) {
      // The same reading of the wire as replies: only what never left is tried again.
      SendOutcome failure = SendOutcome.failure(e);
      if (failure instanceof SendOutcome.Later later) {
        return Outcome.of(Result.RETRY, later.reason());
      }
      if (failure instanceof SendOutcome.Rejected rejected) {
        return Outcome.of(Result.FAILED, rejected.reason());
      }
      return Outcome.of(Result.UNKNOWN, e.getMessage());
    }
  }

  private static Outcome classify(TelegramApiRequestException e) {
    Integer code = e.getErrorCode();
    if (code == null || code == 0) {
      // Only a 2xx ok:true answer carries no error code (ApiAnswers): Telegram took it.
      return Outcome.of(Result.SENT, null);
    }
    String description = String.valueOf(e.getApiResponse());
    if (ApiAnswers.unreadable(description) && code < 300) {
      return Outcome.of(Result.UNKNOWN, description);
    }
    if (code == 429) {
      Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      return new Outcome(Result.PAUSE, null, "429 " + description,
          Duration.ofSeconds(retryAfter == null ? 5 : retryAfter));
    }
    if (code == 401 || code == 404) {
      // The token was revoked or is wrong: wait for the bot to run with a good one.
      return new Outcome(Result.WAIT, null, code + " " + description, Duration.ofMinutes(1));
    }
    if (code == 403) {
      return Outcome.of(Result.BLOCKED, "403 " + description);
    }
    if (code == 400 && description.toLowerCase(java.util.Locale.ROOT).contains("chat not found")) {
      return Outcome.of(Result.GONE, "400 " + description);
    }
    if (code >= 500) {
      // Telegram may have taken it before failing: never resent automatically.
      return Outcome.of(Result.UNKNOWN, code + " " + description);
    }
    return Outcome.of(Result.FAILED, code + " " + description);
  }
}

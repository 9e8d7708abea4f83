package vn.ketnoi.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.ketnoi.storage.StorageException;
import vn.ketnoi.telegram.SendOutcome.Blocked;
import vn.ketnoi.telegram.SendOutcome.Later;
import vn.ketnoi.telegram.SendOutcome.Rejected;
import vn.ketnoi.telegram.SendOutcome.Sent;
import vn.ketnoi.telegram.SendOutcome.Unknown;
import vn.ketnoi.text.Html;

/**
 * Delivers the outbox to Telegram, in order per chat, every call within {@link SendLimits}. A 429
 * pauses all sending for the {@code retry_after} Telegram gives (a long pause postpones the
 * message rather than hold a worker); 5xx and network errors retry with backoff and, when that is not enough, leave the message
 * for a later sweep; 403 (the user blocked the bot) is recorded and nothing more is tried.
 */
final class Sender {
  private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
  private static final int MAX_ATTEMPTS_NOW = 5;
  /** Longer 429 pauses are not slept through in the worker: the sweep picks the message up. */
  private static final Duration LONGEST_WAIT_IN_PLACE = Duration.ofSeconds(30);
  /** About five minutes of waiting for storage to take the record of a send. */
  private static final int MAX_RECORD_TRIES = 64;
  private static final Duration LONGEST_RECORD_WAIT = Duration.ofSeconds(5);

  private final TelegramClient client;
  private final Outbox outbox;
  private final BlockedUsers blocked;
  private final Clock clock;
  private final TelegramChannel.Sleeper sleeper;
  private final SendLimits limits;

  /** One call to Telegram. */
  private interface ApiCall {
    SendOutcome run() throws TelegramApiException;
  }

  Sender(TelegramClient client, Outbox outbox, BlockedUsers blocked, Clock clock,
      TelegramChannel.Sleeper sleeper, SendLimits limits) {
    this.limits = limits;
    this.client = client;
    this.outbox = outbox;
    this.blocked = blocked;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Sends what is due for the chat; stops at the first message that has to wait. */
  void deliver(long chatId) {
    for (Outbox.Outgoing message : outbox.due(chatId)) {
      SendOutcome outcome = sendWithRetries(message);
      if (outcome instanceof Sent sent) {
        recorded(() -> outbox.markSent(message.id(), sent.messageId()));
      } else if (outcome instanceof Blocked) {
        recorded(() -> {
          blocked.record(chatId);
          outbox.dropPending(chatId, "blocked by the user (403)");
        });
        LOG.info("chat {} blocked the bot; pending replies dropped", chatId);
        return;
      } else if (outcome instanceof Rejected rejected) {
        recorded(() -> outbox.markFailed(message.id(), rejected.reason()));
        LOG.warn("chat {} message {} rejected by Telegram: {}", chatId, message.id(), rejected.reason());
      } else if (outcome instanceof Unknown unknown) {
        recorded(() -> outbox.markUnknown(message.id(), unknown.reason()));
        LOG.warn("chat {} message {} may or may not have arrived, not resent: {}", chatId,
            message.id(), unknown.reason());
      } else if (outcome instanceof Later later) {
        recorded(() -> outbox.retryAt(message.id(), clock.instant().plus(later.after()), later.reason()));
        LOG.warn("chat {} message {} postponed {} s: {}", chatId, message.id(),
            later.after().toSeconds(), later.reason());
        return;
      }
    }
  }

  /**
   * Writes down what became of a message. A send that is not written down is sent again later, so
   * while storage is unavailable (a full disk) this waits for it rather than give up.
   */
  private void recorded(Runnable write) {
    Duration wait = Duration.ofMillis(250);
    for (int tries = 1; ; tries++) {
      try {
        write.run();
        return;
      } catch (StorageException e) {
        if (!e.unavailable() || tries >= MAX_RECORD_TRIES) {
          throw e;
        }
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        wait = wait.multipliedBy(2).compareTo(LONGEST_RECORD_WAIT) > 0 ? LONGEST_RECORD_WAIT
            : wait.multipliedBy(2);
      }
    }
  }

  private SendOutcome sendWithRetries(Outbox.Outgoing message) {
    Duration backoff = Duration.ofMillis(500);
    for (int attempt = 1; ; attempt++) {
      if (attempt > 1) {
        message = message.withPartsSent(outbox.partsSent(message.id()));
      }
      SendOutcome outcome = sendOnce(message);
      if (!(outcome instanceof Later later)) {
        return outcome;
      }
      boolean rateLimited = later.reason().startsWith("429");
      if (attempt >= MAX_ATTEMPTS_NOW || rateLimited && later.after().compareTo(LONGEST_WAIT_IN_PLACE) > 0) {
        return rateLimited ? later : new Later(Duration.ofSeconds(30), later.reason());
      }
      if (rateLimited) {
        // The limits wait the pause out before the next call.
        continue;
      }
      try {
        sleeper.sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Later(Duration.ZERO, "interrupted by shutdown");
      }
      backoff = backoff.multipliedBy(2);
    }
  }

  private SendOutcome sendOnce(Outbox.Outgoing message) {
    try {
      return switch (message.kind()) {
        case CLEAR_KEYBOARD -> paced(message.chatId(), () -> {
          execute(EditMessageReplyMarkup.builder().chatId(message.chatId())
              .messageId(message.editMessageId()).build());
          return new Sent(message.editMessageId());
        });
        case CHOICE -> message.editMessageId() != null ? edit(message) : send(message);
        case DOCUMENT -> paced(message.chatId(), () -> new Sent(client.execute(SendDocument.builder()
            .chatId(message.chatId())
            .document(new InputFile(new ByteArrayInputStream(message.content()), message.fileName()))
            .caption(message.text()).build()).getMessageId()));
        case IMAGE -> paced(message.chatId(), () -> new Sent(client.execute(SendPhoto.builder()
            .chatId(message.chatId())
            .photo(new InputFile(new ByteArrayInputStream(message.content()), message.fileName()))
            .caption(message.text()).build()).getMessageId()));
        case TEXT, ASK_CONTACT -> send(message);
      };
    } catch (TelegramApiRequestException e) {
      return classify(e, message);
    } catch (TelegramApiException e) {
      return SendOutcome.failure(e);
    }
  }

  private SendOutcome classify(TelegramApiRequestException e, Outbox.Outgoing message) {
    if (acceptedUnreadable(e)) {
      // Only a 2xx ok:true answer carries no error code (ApiAnswers): Telegram took the message.
      return new Sent(message.editMessageId());
    }
    int code = e.getErrorCode();
    String description = String.valueOf(e.getApiResponse());
    if (ApiAnswers.unreadable(description) && code < 300) {
      return new Unknown(description);
    }
    if (code == 401 || code == 404) {
      // The token was revoked or is wrong: keep the message until the bot runs with a good one.
      return new Later(Duration.ofMinutes(1), code + " " + description);
    }
    if (code == 429) {
      Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      Duration pause = Duration.ofSeconds(retryAfter == null ? 5 : retryAfter);
      limits.pause(pause);
      return new Later(pause, "429 " + description);
    }
    if (code == 403) {
      return new Blocked();
    }
    if (code == 400 && description.contains("message is not modified")) {
      return new Sent(message.editMessageId());
    }
    if (code == 400 && message.editMessageId() != null && message.kind() != OutboxKind.CLEAR_KEYBOARD) {
      // The message to edit is gone or too old: send the new content instead.
      try {
        return send(message.withoutEdit());
      } catch (TelegramApiRequestException again) {
        return classify(again, message.withoutEdit());
      } catch (TelegramApiException network) {
        return SendOutcome.failure(network);
      }
    }
    if (code == 400 && message.kind() == OutboxKind.CLEAR_KEYBOARD) {
      return new Sent(message.editMessageId());
    }
    if (code >= 500) {
      return new Later(Duration.ofSeconds(1), code + " " + description);
    }
    return new Rejected(code + " " + description);
  }

  private SendOutcome send(Outbox.Outgoing message) throws TelegramApiException {
    List<String> parts = Html.split(Html.escape(message.text()), Html.MAX_LENGTH);
    Message last = null;
    // After a crash, the parts already delivered are not sent again.
    for (int i = message.partsSent(); i < parts.size(); i++) {
      Optional<Later> wait = waitForLimits(message.chatId());
      if (wait.isPresent()) {
        return wait.get();
      }
      boolean lastPart = i == parts.size() - 1;
      SendMessage.SendMessageBuilder<?, ?> builder =
          SendMessage.builder().chatId(message.chatId()).text(parts.get(i)).parseMode("HTML");
      if (lastPart) {
        if (message.kind() == OutboxKind.CHOICE) {
          builder.replyMarkup(Keyboards.inline(message.buttons()));
        } else if (message.kind() == OutboxKind.ASK_CONTACT) {
          builder.replyMarkup(Keyboards.contact(message.buttons().get(0).label()));
        } else if (message.removeKeyboard()) {
          builder.replyMarkup(ReplyKeyboardRemove.builder().removeKeyboard(true).build());
        }
      }
      last = acceptingUnreadable(builder.build());
      if (!lastPart) {
        int sentParts = i + 1;
        recorded(() -> outbox.markPartSent(message.id(), sentParts));
      }
    }
    return new Sent(last == null ? null : last.getMessageId());
  }

  private SendOutcome edit(Outbox.Outgoing message) throws TelegramApiException {
    String text = Html.escape(message.text());
    if (text.length() > Html.MAX_LENGTH) {
      return send(message);
    }
    return paced(message.chatId(), () -> {
      execute(EditMessageText.builder().chatId(message.chatId()).messageId(message.editMessageId())
          .text(text).parseMode("HTML").replyMarkup(Keyboards.inline(message.buttons())).build());
      return new Sent(message.editMessageId());
    });
  }

  private SendOutcome paced(long chatId, ApiCall call) throws TelegramApiException {
    Optional<Later> wait = waitForLimits(chatId);
    return wait.isPresent() ? wait.get() : call.run();
  }

  /** Waits for the limits; a Later when a stored 429 pause is too long to wait in a worker. */
  private Optional<Later> waitForLimits(long chatId) {
    try {
      return limits.reply(chatId, LONGEST_WAIT_IN_PLACE)
          .map(left -> new Later(left, "429 pause stored earlier"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(new Later(Duration.ZERO, "interrupted by shutdown"));
    }
  }

  private <T extends Serializable> T execute(BotApiMethod<T> method) throws TelegramApiException {
    return client.execute(method);
  }

  private static boolean acceptedUnreadable(TelegramApiRequestException e) {
    return e.getErrorCode() == null || e.getErrorCode() == 0;
  }

  /** One part of a long message; a 2xx ok:true answer the client cannot read is a sent part. */
  private Message acceptingUnreadable(SendMessage part) throws TelegramApiException {
    try {
      return client.execute(part);
    } catch (TelegramApiRequestException e) {
      if (acceptedUnreadable(e)) {
        return null;
      }
      throw e;
    }
  }
}

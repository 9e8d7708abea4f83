package vn.ketnoi.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.ketnoi.storage.StorageException;

/**
 * Long polling that owns its offset. telegrambots' own loop confirms a batch to Telegram before
 * the batch is stored, retries a revoked token or a second instance (409) forever with a stack
 * trace each time, and cannot be stopped mid-poll; here an update is confirmed (by asking for the
 * next offset) only after the inbox has stored it, every problem is one plain log line when it
 * starts and one when it ends, and an unreachable Telegram is retried with backoff, at start-up
 * too.
 */
final class Poller implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
  private static final int LONG_POLL_SECONDS = 50;
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);

  /** Where a batch goes; it throws when it cannot store the batch, which is then asked for again. */
  interface Sink {
    void accept(List<Update> updates);
  }

  /** Why polling is paused. */
  private record Problem(String kind, String line, Duration pause) {}

  private final TelegramClient client;
  private final List<String> allowedUpdates;
  private final Sink sink;
  private final Runnable onFirstContact;
  private final TelegramChannel.Sleeper sleeper;
  private volatile boolean running = true;
  private Integer offset;
  private boolean contacted;
  private Problem problem;

  Poller(TelegramClient client, List<String> allowedUpdates, Sink sink, Runnable onFirstContact,
      TelegramChannel.Sleeper sleeper) {
    this.client = client;
    this.allowedUpdates = List.copyOf(allowedUpdates);
    this.sink = sink;
    this.onFirstContact = onFirstContact;
    this.sleeper = sleeper;
  }

  @Override
  public void run() {
    Duration backoff = FIRST_BACKOFF;
    while (running) {
      Problem found = pollOnce();
      if (found == null) {
        backoff = FIRST_BACKOFF;
        continue;
      }
      if (!running) {
        break;
      }
      report(found);
      try {
        sleeper.sleep(found.pause() != null ? found.pause() : backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      backoff = min(backoff.multipliedBy(2), LONGEST_BACKOFF);
    }
  }

  /** Stops after the poll in flight (which the caller cancels). */
  void stop() {
    running = false;
  }

  /** One poll and the storing of its batch; the problem that stopped it, or null. */
  private Problem pollOnce() {
    try {
      if (!contacted) {
        // Polling fails with 409 while a webhook is set.
        client.execute(DeleteWebhook.builder().build());
        onFirstContact.run();
        contacted = true;
      }
      List<Update> updates = client.execute(GetUpdates.builder().offset(offset).limit(100)
          .timeout(LONG_POLL_SECONDS).allowedUpdates(allowedUpdates).build());
      if (!updates.isEmpty()) {
        sink.accept(updates);
        offset = updates.stream().mapToInt(Update::getUpdateId).max().getAsInt() + 1;
      }
      recovered();
      return null;
    } catch (TelegramApiRequestException e) {
      return answered(e);
    } catch (TelegramApiException e) {
      return new Problem("network", "cannot reach Telegram (" + rootMessage(e)
          + "); retrying with backoff", null);
    } catch (StorageException e) {
      // Not stored, so not confirmed: Telegram keeps the batch and gives it again.
      return new Problem("storage", "cannot store incoming updates: " + e.plainCause()
          + "; not taking updates until storage works again (Telegram keeps them)", null);
    } catch (RuntimeException e) {
      LOG.error("polling failed unexpectedly; retrying", e);
      return new Problem("unexpected", "polling failed: " + e, null);
    }
  }

  private Problem answered(TelegramApiRequestException e) {
    Integer code = e.getErrorCode();
    String description = e.getApiResponse() == null ? e.getMessage() : e.getApiResponse();
    if (code == null) {
      return new Problem("unreadable", "Telegram's answer to getUpdates could not be read ("
          + e.getMessage() + "); retrying", null);
    }
    return switch (code) {
      case 401, 404 -> new Problem("token", "Telegram refuses the bot token (" + code
          + "): check TELEGRAM_BOT_TOKEN with @BotFather; retrying every minute", Duration.ofMinutes(1));
      case 409 -> conflict(description);
      case 429 -> {
        Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        yield new Problem("rate", "Telegram asks to wait (429)", Duration.ofSeconds(after == null ? 5 : after));
      }
      default -> new Problem("answer-" + code, "Telegram answered getUpdates with " + code + " "
          + description + "; retrying", null);
    };
  }

  private Problem conflict(String description) {
    if (description != null && description.contains("webhook")) {
      contacted = false; // a webhook was set meanwhile: delete it again
      return new Problem("webhook", "a webhook is set for this bot; removing it", Duration.ofSeconds(1));
    }
    return new Problem("conflict", "another bot process is polling with this token (409 Conflict);"
        + " stop the other one. This one retries every 30 s", Duration.ofSeconds(30));
  }

  /** One line when a problem starts or changes, not one per retry. */
  private void report(Problem found) {
    if (problem == null || !problem.kind().equals(found.kind())) {
      LOG.warn(found.line());
    }
    problem = found;
  }

  private void recovered() {
    if (problem != null) {
      LOG.info("polling Telegram again (after: {})", problem.kind());
      problem = null;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}

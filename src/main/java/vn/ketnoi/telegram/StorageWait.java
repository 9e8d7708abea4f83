package vn.ketnoi.telegram;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.storage.StorageException;

/**
 * Backoff for one update while storage is unavailable, reported once per update; {@link #pause}
 * says false when the update should stay pending instead (we are stopping, or storage failed in a
 * way waiting does not mend).
 */
final class StorageWait {
  private static final Logger LOG = LoggerFactory.getLogger(StorageWait.class);
  /** The longest wait between tries while storage is unavailable, kept short so a stop is quick. */
  private static final Duration LONGEST = Duration.ofSeconds(5);

  private final Received r;
  private final TelegramChannel.Sleeper sleeper;
  private final BooleanSupplier closing;
  private Duration next = Duration.ofMillis(250);
  private boolean reported;

  StorageWait(Received r, TelegramChannel.Sleeper sleeper, BooleanSupplier closing) {
    this.r = r;
    this.sleeper = sleeper;
    this.closing = closing;
  }

  boolean pause(StorageException outage) {
    if (!outage.unavailable()) {
      LOG.error("chat {} update {} stays pending: storage failed", r.chatId(), r.updateId(), outage);
      return false;
    }
    if (closing.getAsBoolean()) {
      LOG.warn("chat {} update {} stays pending for the next run: {}", r.chatId(), r.updateId(),
          outage.plainCause());
      return false;
    }
    if (!reported) {
      LOG.warn("chat {} update {} waits for storage: {}; retrying", r.chatId(), r.updateId(),
          outage.plainCause());
      reported = true;
    }
    try {
      sleeper.sleep(next);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(LONGEST) > 0 ? LONGEST : doubled;
    return true;
  }
}

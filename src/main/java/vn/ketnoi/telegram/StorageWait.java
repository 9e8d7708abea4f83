package vn.ketnoi.telegram;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.storage.StorageException;

/**
 * Backoff for one piece of work (an update, a broadcast's step) while storage is unavailable,
 * reported once; {@link #pause} says false when the work should stay where it is instead (we are
 * stopping, or storage failed in a way waiting does not mend).
 */
final class StorageWait {
  private static final Logger LOG = LoggerFactory.getLogger(StorageWait.class);
  /** The longest wait between tries while storage is unavailable, kept short so a stop is quick. */
  private static final Duration LONGEST = Duration.ofSeconds(5);

  /** What waits, for the log: "chat 5 update 12", "broadcast 3"; never message text. */
  private final String what;
  private final TelegramChannel.Sleeper sleeper;
  private final BooleanSupplier closing;
  private Duration next = Duration.ofMillis(250);
  private boolean reported;

  StorageWait(String what, TelegramChannel.Sleeper sleeper, BooleanSupplier closing) {
    this.what = what;
    this.sleeper = sleeper;
    this.closing = closing;
  }

  boolean pause(StorageException outage) {
    if (!outage.unavailable()) {
      LOG.error("{} stays pending: storage failed", what, outage);
      return false;
    }
    if (closing.getAsBoolean()) {
      LOG.warn("{} stays pending for the next run: {}", what, outage.plainCause());
      return false;
    }
    if (!reported) {
      LOG.warn("{} waits for storage: {}; retrying", what, outage.plainCause());
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

  /** After the work went through: one line, if its wait was reported. */
  void done() {
    if (reported) {
      LOG.info("{}: storage is back", what);
    }
  }

  /** A step of storage work, which may itself wait. */
  interface Step<T> {
    T run() throws InterruptedException;
  }

  /** Runs the step until it goes through; rethrows once waiting cannot mend it (see {@link #pause}). */
  <T> T retry(Step<T> step) throws InterruptedException {
    while (true) {
      try {
        T result = step.run();
        done();
        return result;
      } catch (StorageException e) {
        if (!pause(e)) {
          throw e;
        }
      }
    }
  }
}

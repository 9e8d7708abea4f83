package vn.ketnoi;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.broadcast.Reminders;

/**
 * Event reminders inside the running Telegram bot: a check at start (a bot that was down at the
 * reminder hour catches up at once) and every minute after, on one daemon thread. A failure (the
 * disk full, say) is one log line; the next minute tries again, and the stored schedule keeps
 * anything from being sent twice.
 */
final class ReminderTimer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderTimer.class);
  private static final long EVERY_SECONDS = 60;

  private final Reminders reminders;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ketnoi-reminders");
        t.setDaemon(true);
        return t;
      });

  ReminderTimer(Reminders reminders) {
    this.reminders = reminders;
  }

  ReminderTimer start() {
    timer.scheduleWithFixedDelay(this::tick, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    return this;
  }

  private void tick() {
    try {
      reminders.check();
    } catch (RuntimeException e) {
      LOG.warn("event reminder check failed: {}; next try in a minute", e.getMessage());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}

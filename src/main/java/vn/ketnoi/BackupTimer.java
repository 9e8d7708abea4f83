package vn.ketnoi;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.storage.Backups;

/**
 * The backup inside the running bot (BACKUP_EVERY), on one daemon thread: one log line per backup;
 * a failure is one line, without a stack trace, and the next tick tries again. The first backup is
 * due one interval after the newest one in the folder, so restarts (even a crash loop) do not
 * make a backup each time and rotate the good ones away; never sooner than a minute after start
 * (or one interval, when that is shorter), out of the way of start-up.
 */
final class BackupTimer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackupTimer.class);
  private static final Duration SETTLE = Duration.ofMinutes(1);

  private final Backups backups;
  private final Backups.Copier copier;
  private final Duration every;
  private final Clock clock;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ketnoi-backup");
        t.setDaemon(true);
        return t;
      });

  BackupTimer(Backups backups, Backups.Copier copier, Duration every, Clock clock) {
    this.backups = backups;
    this.copier = copier;
    this.every = every;
    this.clock = clock;
  }

  /** Schedules the backups; one line says when the first is due (or that there are none). */
  BackupTimer start() {
    if (every.isZero()) {
      LOG.info("backups: BACKUP_EVERY=off, none inside the bot (take them with `backup`, e.g. from cron)");
      return this;
    }
    Duration first = firstDelay(newestQuietly(), every, LocalDateTime.now(clock));
    LOG.info("backups: every {} into {}, the first in {}", human(every),
        backups.folder().toAbsolutePath(), human(first));
    timer.scheduleWithFixedDelay(this::tick, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** One backup; never throws, so the schedule goes on after a failure. True when it was made. */
  boolean tick() {
    long start = System.nanoTime();
    try {
      Backups.Made made = backups.make(copier);
      LOG.info("backup: {} ({} KB, {} ms){}", made.file(), made.bytes() / 1024,
          (System.nanoTime() - start) / 1_000_000,
          made.removed().isEmpty() ? "" : ", removed " + made.removed().size() + " older");
      return true;
    } catch (RuntimeException e) {
      LOG.warn("backup failed: {}; next try in {}", e.getMessage(), human(every));
      return false;
    }
  }

  static Duration firstDelay(Optional<LocalDateTime> newest, Duration every, LocalDateTime now) {
    Duration settle = every.compareTo(SETTLE) < 0 ? every : SETTLE;
    Duration due = newest.map(n -> Duration.between(now, n.plus(every))).orElse(Duration.ZERO);
    return due.compareTo(settle) < 0 ? settle : due;
  }

  private Optional<LocalDateTime> newestQuietly() {
    try {
      return backups.newest();
    } catch (RuntimeException e) {
      return Optional.empty(); // an unreadable folder fails at the first tick, in one line
    }
  }

  /** 24h, 23h59m, 30m, 45s: to the minute once it is a minute or more. */
  static String human(Duration d) {
    if (d.toMinutes() == 0) {
      return d.toSeconds() > 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    return (hours > 0 ? hours + "h" : "") + (minutes > 0 || hours == 0 ? minutes + "m" : "");
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}

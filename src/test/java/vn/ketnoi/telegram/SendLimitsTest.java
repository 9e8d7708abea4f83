package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.MovingClock;

/** The one limiter of everything the bot sends: its buckets stay bounded, its pause is stored. */
class SendLimitsTest {
  private static final Duration IN_PLACE = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void buckets_of_chats_idle_for_a_minute_are_dropped_so_they_do_not_grow_without_bound()
      throws Exception {
    AtomicLong nanos = new AtomicLong();
    try (Database db = Database.open(dir.resolve("l.db"))) {
      SendLimits limits = new SendLimits(25, Duration.ofMillis(1), new SendPause(db), Clock.systemUTC(),
          d -> { }, nanos::get);
      for (long chat = 1; chat <= 40; chat++) {
        limits.reply(chat, IN_PLACE);
      }
      assertThat(limits.chatsTracked()).isEqualTo(40);

      nanos.addAndGet(Duration.ofSeconds(61).toNanos());
      limits.reply(1_000, IN_PLACE);

      assertThat(limits.chatsTracked()).isOne();
    }
  }

  @Test
  void a_pause_of_hours_is_kept_across_a_restart_and_replies_are_told_to_postpone() throws Exception {
    MovingClock clock = new MovingClock("2026-12-01T08:00:00Z");
    try (Database db = Database.open(dir.resolve("l.db"))) {
      new SendLimits(25, Duration.ofMillis(1), new SendPause(db), clock, d -> { })
          .pause(Duration.ofHours(2));
      clock.advance(Duration.ofMinutes(30));

      SendLimits restarted = new SendLimits(25, Duration.ofMillis(1), new SendPause(db), clock, d -> { });

      assertThat(restarted.reply(7, IN_PLACE)).contains(Duration.ofMinutes(90));
    }
  }

  @Test
  void a_short_pause_is_slept_out_by_the_broadcast_and_then_over_for_everyone() throws Exception {
    MovingClock clock = new MovingClock("2026-12-01T08:00:00Z");
    java.util.List<Duration> slept = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Database db = Database.open(dir.resolve("l.db"))) {
      SendLimits limits = new SendLimits(25, Duration.ofMillis(1), new SendPause(db), clock, d -> {
        slept.add(d);
        clock.advance(d);
      });
      limits.pause(Duration.ofSeconds(20));

      limits.broadcast(5);
      assertThat(limits.reply(6, IN_PLACE)).isEmpty();

      assertThat(slept).containsExactly(Duration.ofSeconds(20));
    }
  }
}

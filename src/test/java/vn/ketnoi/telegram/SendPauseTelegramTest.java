package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.storage.MovingClock;
import vn.ketnoi.storage.Sql;

/** A 429 pauses every kind of sending, and the pause outlives the process that was told. */
class SendPauseTelegramTest {
  private static final long STAFF = 900;
  private static final long BUSINESS = 88;

  @TempDir Path dir;

  @Test
  void a_429_of_ten_minutes_survives_a_restart_and_nothing_goes_out_before_it_ends() throws Exception {
    Path file = dir.resolve("b.db");
    BroadcastTelegramTest.seed(file, null, Map.of(701L, "pending", 702L, "pending", 703L, "pending"));
    MovingClock clock = new MovingClock("2026-12-01T08:00:00Z");
    Instant pauseEnds;
    try (FakeBotApi api = new FakeBotApi()) {
      api.failNextTo(701, new FakeBotApi.Failure(429, "Too Many Requests: retry after 600", 600));
      // The first process is stopped during the pause: its long waits hold until then.
      TelegramChannel.Sleeper holdsLongWaits = d -> {
        if (d.compareTo(Duration.ofMinutes(1)) > 0) {
          new CountDownLatch(1).await();
        }
      };
      try (TelegramBot first = new TelegramBot(file, api, Set.of(STAFF), 25, clock, holdsLongWaits)) {
        api.await(c -> c.method().equals("sendmessage!429"), Duration.ofSeconds(20));
        pauseEnds = awaitValue(() -> Sql.one(first.app.database(),
            "SELECT paused_until FROM send_pause", row -> Instant.parse(row.getString(1))));
        assertThat(pauseEnds).isEqualTo(Instant.parse("2026-12-01T08:10:00Z"));
        // A business writing during the pause: its reply is postponed to the pause's end.
        api.sendText(BUSINESS, "/start");
        Instant postponedTo = awaitValue(() -> Sql.one(first.app.database(),
            "SELECT next_attempt_at FROM outbox_messages WHERE chat_id = ? AND next_attempt_at IS NOT NULL",
            row -> Instant.parse(row.getString(1)), BUSINESS));
        assertThat(postponedTo).isEqualTo(pauseEnds);
      }
      assertThat(api.textsTo(BUSINESS)).isEmpty();
      assertThat(api.textsTo(702)).isEmpty();

      clock.advance(Duration.ofSeconds(5));
      List<Instant> sentAt = new CopyOnWriteArrayList<>();
      api.onCall(c -> {
        if (c.method().equals("sendmessage")) {
          sentAt.add(clock.instant());
        }
      });
      try (TelegramBot second = new TelegramBot(file, api, Set.of(STAFF), 25, clock, clock::advance)) {
        api.awaitText(STAFF, "Báo cáo thông báo #1");
        // The outbox sweep (every 15 s) finds the postponed reply due now.
        api.await(c -> c.chatId() == BUSINESS && c.method().equals("sendmessage"), Duration.ofSeconds(40));
      }
      assertThat(sentAt).isNotEmpty().allMatch(at -> !at.isBefore(pauseEnds));
      for (long chat : List.of(701L, 702L, 703L)) {
        assertThat(api.textsTo(chat)).as("chat %d", chat).hasSize(1);
      }
    }
  }

  /** Waits for a condition the bot reaches on its own threads (no fixed sleep: it polls). */
  private static <T> T awaitValue(Supplier<Optional<T>> value) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<T> v = value.get();
      if (v.isPresent()) {
        return v.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("not reached in 20 s");
  }
}

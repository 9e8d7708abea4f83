package vn.ketnoi.telegram;

import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telegram's limits for every message the bot sends (replies, staff notices, edits, broadcasts),
 * in one place, on Bucket4j token buckets: about 30 a second overall, BROADCAST_RATE for
 * announcements within that, one a second to a chat and 20 a minute to a group; and the stored
 * 429 pause, which stops all of them.
 *
 * <p>Replies go first. A reply first waits for its own chat's bucket (that is its chat's pace, not
 * a queue behind anyone), then marks itself ready and takes a global token. The broadcast sender,
 * after its own BROADCAST_RATE bucket, waits while any reply is ready before it takes a global
 * token. So a reply waits for at most the one global token a broadcast already reserved (a thirtieth
 * of a second), never behind the announcement's recipients.
 */
final class SendLimits {
  private static final Logger LOG = LoggerFactory.getLogger(SendLimits.class);
  /** Telegram's overall limit for bulk sending, messages a second. */
  static final int TELEGRAM_RATE = 30;
  /** A group takes 20 a minute: one every three chat intervals at the default of a second. */
  private static final int GROUP_FACTOR = 3;
  /** A chat's bucket idle this long is full again: dropping it loses nothing. */
  private static final Duration IDLE = Duration.ofMinutes(1);
  private static final Duration EVICT_EVERY = Duration.ofSeconds(10);
  /** How often a broadcast waiting for replies to go looks again (it is also woken). */
  private static final long YIELD_LOOK_MS = 50;

  private record Chat(Bucket bucket, AtomicLong lastUsedNanos) {}

  private final Bucket global;
  private final Bucket broadcasts;
  private final Duration chatInterval;
  private final Map<Long, Chat> chats = new ConcurrentHashMap<>();
  private final AtomicInteger repliesReady = new AtomicInteger();
  private final Object replyGone = new Object();
  private final SendPause store;
  private final Clock clock;
  private final TelegramChannel.Sleeper sleeper;
  private final LongSupplier nanoTime;
  private volatile long lastEvictionNanos;
  private volatile Instant pausedUntil;

  SendLimits(int broadcastRate, Duration chatInterval, SendPause store, Clock clock,
      TelegramChannel.Sleeper sleeper) {
    this(broadcastRate, chatInterval, store, clock, sleeper, System::nanoTime);
  }

  SendLimits(int broadcastRate, Duration chatInterval, SendPause store, Clock clock,
      TelegramChannel.Sleeper sleeper, LongSupplier nanoTime) {
    // A twentieth of a second of slack per second: the network's jitter between here and Telegram
    // must not put 31 of our messages into one of Telegram's seconds.
    this.global = Bucket.builder()
        .addLimit(l -> l.capacity(1).refillGreedy(TELEGRAM_RATE, Duration.ofMillis(1050))).build();
    // Starting with one token, the first second stays within the rate. The bucket holds a quarter
    // of a second's worth: time the broadcast spent letting replies go first is made up afterwards
    // (within Telegram's overall limit), rather than lost.
    int rate = Math.min(broadcastRate, TELEGRAM_RATE);
    this.broadcasts = Bucket.builder()
        .addLimit(l -> l.capacity(Math.max(1, rate / 4)).refillGreedy(rate, Duration.ofSeconds(1))
            .initialTokens(1))
        .build();
    this.chatInterval = chatInterval;
    this.store = store;
    this.clock = clock;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
    this.lastEvictionNanos = nanoTime.getAsLong();
    this.pausedUntil = store.until().orElse(null);
  }

  /**
   * Waits until a reply to the chat may go. Returns how long the stored pause still runs when
   * that is longer than {@code longestWait}: the caller postpones the message instead of holding
   * a worker (a 429's retry_after can be hours).
   */
  Optional<Duration> reply(long chatId, Duration longestWait) throws InterruptedException {
    Optional<Duration> tooLong = waitOutPause(longestWait);
    if (tooLong.isPresent()) {
      return tooLong;
    }
    chat(chatId).asBlocking().consume(1);
    repliesReady.incrementAndGet();
    try {
      global.asBlocking().consume(1);
    } finally {
      if (repliesReady.decrementAndGet() == 0) {
        synchronized (replyGone) {
          replyGone.notifyAll();
        }
      }
    }
    return Optional.empty();
  }

  /** Waits until an announcement (or its progress message) may go to the chat: after any reply. */
  void broadcast(long chatId) throws InterruptedException {
    waitOutPause(null);
    chat(chatId).asBlocking().consume(1);
    broadcasts.asBlocking().consume(1);
    synchronized (replyGone) {
      while (repliesReady.get() > 0) {
        replyGone.wait(YIELD_LOOK_MS);
      }
    }
    global.asBlocking().consume(1);
  }

  /** Telegram answered 429: nothing is sent until then, across a restart too. */
  synchronized void pause(Duration retryAfter) {
    Instant until = clock.instant().plus(retryAfter);
    if (pausedUntil == null || until.isAfter(pausedUntil)) {
      pausedUntil = until;
      store.save(until);
      LOG.warn("Telegram asked to wait {} s: all sending paused", retryAfter.toSeconds());
    }
  }

  /** How many chats' buckets are kept: bounded by what was sent in the last minute. */
  int chatsTracked() {
    return chats.size();
  }

  /**
   * Sleeps until the pause ends; with {@code longest} set, returns instead when it is longer.
   * The sleeper stands for that time passing (tests pass one that does not really wait), so once
   * it returns the pause is over.
   */
  private Optional<Duration> waitOutPause(Duration longest) throws InterruptedException {
    Instant until = pausedUntil;
    if (until == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), until);
    if (left.isNegative() || left.isZero()) {
      return Optional.empty();
    }
    if (longest != null && left.compareTo(longest) > 0) {
      return Optional.of(left);
    }
    sleeper.sleep(left);
    synchronized (this) {
      if (until.equals(pausedUntil)) {
        pausedUntil = null;
      }
    }
    return Optional.empty();
  }

  private Bucket chat(long chatId) {
    long now = nanoTime.getAsLong();
    evictIdle(now);
    Chat chat = chats.computeIfAbsent(chatId, id -> new Chat(Bucket.builder()
        .addLimit(l -> l.capacity(1).refillGreedy(1, id < 0 ? chatInterval.multipliedBy(GROUP_FACTOR)
            : chatInterval)).build(), new AtomicLong()));
    chat.lastUsedNanos().set(now);
    return chat.bucket();
  }

  private void evictIdle(long now) {
    if (now - lastEvictionNanos < EVICT_EVERY.toNanos()) {
      return;
    }
    lastEvictionNanos = now;
    chats.values().removeIf(c -> now - c.lastUsedNanos().get() >= IDLE.toNanos());
  }
}

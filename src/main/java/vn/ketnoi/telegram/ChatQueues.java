package vn.ketnoi.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each chat's work in order while different chats run in parallel on a shared pool: one slow
 * chat never holds up another (telegrambots' single-thread consumer would).
 */
final class ChatQueues {
  private static final Logger LOG = LoggerFactory.getLogger(ChatQueues.class);

  private final ExecutorService pool;
  private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  ChatQueues(ExecutorService pool) {
    this.pool = pool;
  }

  void submit(long chatId, Runnable work) {
    CompletableFuture<Void> next = tails.compute(chatId, (id, tail) ->
        (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
            .thenRunAsync(() -> run(chatId, work), pool));
    // Registered after compute has stored the tail, so even work that is already done is removed.
    next.whenComplete((ok, error) -> tails.remove(chatId, next));
  }

  private static void run(long chatId, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      // Keep the chat's queue alive: the failed update stays pending in the inbox.
      LOG.error("chat {} work failed", chatId, e);
    }
  }

  /** Stops taking work and waits for what is running. */
  boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
    pool.shutdown();
    return pool.awaitTermination(timeout, unit);
  }
}

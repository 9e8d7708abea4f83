package vn.ketnoi.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.text.Messages;

/**
 * Reloads the knowledge folder into the running bot, on one daemon thread and never on a turn:
 * when its files change (polled every KNOWLEDGE_POLL; a change is read once the folder has stayed
 * the same for one poll, so a file still being written is not read half-way), and when staff ask
 * (/tainap). A folder that no longer loads keeps the old knowledge in use; the listener is told,
 * marked first only when that problem is new, so staff hear of it once.
 */
public final class KnowledgeReloads implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeReloads.class);

  /** Told what each reload did; runs on the reload thread. */
  public interface Listener {
    /** The new knowledge is in use; {@code requestedBy} is the chat that asked, else null. */
    void reloaded(KnowledgeBase before, KnowledgeBase after, Long requestedBy);

    /** The folder does not load; the old knowledge stays. {@code first}: not reported before. */
    void failed(KnowledgeException problem, Long requestedBy, boolean first);
  }

  private static final Listener LOG_ONLY = new Listener() {
    @Override
    public void reloaded(KnowledgeBase before, KnowledgeBase after, Long requestedBy) {}

    @Override
    public void failed(KnowledgeException problem, Long requestedBy, boolean first) {}
  };

  private final LiveKnowledge live;
  private final Path folder;
  private final Messages messages;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "ketnoi-knowledge");
    t.setDaemon(true);
    return t;
  });
  // The fields below are used on the reload thread only.
  private volatile Listener listener = LOG_ONLY;
  private FolderStamp loaded;
  private FolderStamp seen;
  private String lastProblem;
  /** The knowledge before a reload whose new fits could not be told (storage failed), else null. */
  private KnowledgeBase untold;

  /** @param folder the folder in use, or null for the copy in the jar (nothing to watch) */
  public KnowledgeReloads(LiveKnowledge live, Path folder, Messages messages) {
    this.live = live;
    this.folder = folder;
    this.messages = messages;
    this.loaded = folder == null ? null : FolderStamp.of(folder);
    this.seen = loaded;
  }

  /** Whether there is a folder to reload (not the sample copy in the jar). */
  public boolean watches() {
    return folder != null;
  }

  /** Polls every {@code every} (zero: never, staff can still ask), telling {@code listener} of each reload. */
  public KnowledgeReloads start(Listener listener, Duration every) {
    this.listener = listener;
    if (folder != null && !every.isZero()) {
      thread.scheduleWithFixedDelay(this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
      LOG.info("watching knowledge folder {} every {} ms", folder.toAbsolutePath(), every.toMillis());
    }
    return this;
  }

  /** Staff asked: a reload soon, on the reload thread; false when there is no folder to reload. */
  public boolean request(long chatId) {
    if (folder == null) {
      return false;
    }
    thread.execute(() -> guarded(() -> reload(FolderStamp.of(folder), chatId)));
    return true;
  }

  /** One look at the folder; package-private so tests can poll without waiting. */
  void poll() {
    guarded(() -> {
      FolderStamp now = FolderStamp.of(folder);
      boolean settled = now.equals(seen);
      seen = now;
      if (settled && !now.equals(loaded)) {
        reload(now, null);
      } else if (untold != null) {
        tell(untold, null);
      }
    });
  }

  /** A failure here (the database, say) is one log line; the next poll goes on. */
  private static void guarded(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.warn("knowledge reload step failed: {}", e.toString());
    }
  }

  private void reload(FolderStamp stamp, Long requestedBy) {
    long started = System.nanoTime();
    KnowledgeBase next;
    KnowledgeBase before;
    try {
      next = load();
      before = replace(next);
    } catch (KnowledgeException e) {
      loaded = stamp; // not read again until the folder changes
      boolean first = !e.getMessage().equals(lastProblem);
      lastProblem = e.getMessage();
      LOG.warn("knowledge reload failed, the previous knowledge stays in use: {}", e.getMessage());
      listener.failed(e, requestedBy, first);
      return;
    }
    loaded = stamp;
    lastProblem = null;
    LOG.info("knowledge reloaded from {}: {} offers, {} programmes, {} events in {} ms",
        folder.toAbsolutePath(), next.offers().size(), next.programmes().size(), next.events().size(),
        (System.nanoTime() - started) / 1_000_000);
    tell(before, requestedBy);
  }

  /**
   * Tells the listener what changed since {@code before}. When that fails (the database, say) the
   * new knowledge stays in use and the telling is tried again at the next poll, from the same
   * {@code before}, so no new fit goes untold.
   */
  private void tell(KnowledgeBase before, Long requestedBy) {
    KnowledgeBase since = untold != null ? untold : before;
    try {
      listener.reloaded(since, live.knowledge(), requestedBy);
      untold = null;
    } catch (RuntimeException e) {
      untold = since;
      LOG.warn("the new fits after a reload are told at the next poll: {}", e.toString());
    }
  }

  /** The folder as start-up reads it. */
  private KnowledgeBase load() {
    if (!Files.isDirectory(folder)) {
      // load() would fall back to the sample copy in the jar: never quietly, in a running bot.
      throw new KnowledgeException(folder.toAbsolutePath().toString(), 0, messages.get("reload.no_folder"));
    }
    try {
      return KnowledgeBase.load(folder);
    } catch (KnowledgeException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new KnowledgeException(folder.toAbsolutePath().toString(), 0, String.valueOf(e.getMessage()));
    }
  }

  /** Builds the new matcher and puts it in use; a failure to build it leaves the old one. */
  private KnowledgeBase replace(KnowledgeBase next) {
    try {
      return live.replace(next);
    } catch (RuntimeException e) {
      throw new KnowledgeException(folder.toAbsolutePath().toString(), 0, String.valueOf(e.getMessage()));
    }
  }

  /** Lets a reload under way finish (it writes to the database, closed next), then stops. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("a knowledge reload did not finish in 10 s");
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}

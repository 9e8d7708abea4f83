package vn.ketnoi.knowledge;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.text.Messages;

/**
 * The knowledge the running bot uses, replaceable while it runs. A replacement is built whole
 * (its matcher and answers included) by the caller, off the turns, then swapped in at once; a
 * match or a lookup that started on the old one finishes on it, and the old matcher is closed only
 * when the last of them is done.
 *
 * <p>The first matcher is built on a thread of its own, so that the bot takes messages at once
 * however large the catalogue (at 100,000 offers a first build takes seconds): a match asked
 * before it is ready waits for it, and a lookup in the answers never does.
 */
public final class LiveKnowledge implements Matching, EntryLookup, AutoCloseable {
  private final Messages messages;
  /** Offers near in meaning, kept across reloads (each reload hands them the new catalogue). */
  private final Matcher.Neighbours neighbours;
  private final IndexShelf shelf;
  private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledge.class);

  private final AtomicReference<Generation> current;

  public LiveKnowledge(KnowledgeBase knowledge, Messages messages) {
    this(knowledge, messages, Matcher.Neighbours.NONE);
  }

  public LiveKnowledge(KnowledgeBase knowledge, Messages messages, Matcher.Neighbours neighbours) {
    this(knowledge, messages, neighbours, IndexShelf.NONE);
  }

  /** {@code shelf}: where each generation's offer index is kept between runs. */
  public LiveKnowledge(KnowledgeBase knowledge, Messages messages, Matcher.Neighbours neighbours, IndexShelf shelf) {
    this.messages = messages;
    this.neighbours = neighbours;
    this.shelf = shelf;
    this.current = new AtomicReference<>(new Generation(knowledge,
        () -> new Matcher(knowledge, messages, neighbours, shelf), LiveKnowledge::onItsOwnThread));
  }

  /** A daemon: a bot stopped while it builds need not wait for the index it will not use. */
  private static void onItsOwnThread(Runnable build) {
    Thread thread = new Thread(build, "offer-index");
    thread.setDaemon(true);
    thread.start();
  }

  /** The knowledge in use now. */
  public KnowledgeBase knowledge() {
    return current.get().knowledge;
  }

  /**
   * Builds the matcher and answers of {@code next} on this thread, then puts them in use; a build
   * that fails leaves the knowledge in use as it was.
   */
  public KnowledgeBase replace(KnowledgeBase next) {
    neighbours.catalogue(next.offers());
    Matcher built = new Matcher(next, messages, neighbours, shelf);
    Generation old = current.getAndSet(new Generation(next, () -> built, Runnable::run));
    old.retire();
    return old.knowledge;
  }

  @Override
  public Matcher.Result match(NeedCard card, String extraText) {
    Generation g = enter();
    try {
      return g.matcher().match(card, extraText);
    } finally {
      g.leave();
    }
  }

  @Override
  public List<Answers.Found> find(String question, int limit) {
    Generation g = enter();
    try {
      return g.answers.find(question, limit);
    } finally {
      g.leave();
    }
  }

  /** The generation in use, held until {@link Generation#leave}. */
  private Generation enter() {
    while (true) {
      Generation g = current.get();
      if (g.enter()) {
        return g;
      }
      // Closed: it was replaced between get() and enter(); the next get() sees its successor.
    }
  }

  /**
   * Waits for a first build still running: it writes beside the database, which the caller may
   * remove or hand to another process once this returns.
   */
  @Override
  public void close() {
    Generation g = current.get();
    g.retire();
    g.awaitBuilt();
  }

  /** One loaded knowledge base with what is built from it, and who is using it. */
  private static final class Generation {
    final KnowledgeBase knowledge;
    private final Supplier<Matcher> build;
    private CompletableFuture<Matcher> matcher;
    private CompletableFuture<Void> closing;
    final Answers answers;
    private int users;
    private boolean retired;
    private boolean closed;

    /** {@code where}: the thread the matcher is built on (this one, or one of its own). */
    Generation(KnowledgeBase knowledge, Supplier<Matcher> build, Executor where) {
      this.knowledge = knowledge;
      this.build = build;
      this.answers = new Answers(knowledge);
      this.matcher = CompletableFuture.supplyAsync(build, where);
      matcher.whenComplete((built, failed) -> {
        if (failed != null) {
          Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
          LOG.error("the offer index could not be built, it is tried again at the next match: {}", cause.toString());
        }
      });
    }

    /**
     * The matcher, once built: a match asked while the first one is being built waits here. A
     * build that failed is tried again, here, so one bad start does not leave every match failing.
     */
    Matcher matcher() {
      CompletableFuture<Matcher> now;
      synchronized (this) {
        if (matcher.isCompletedExceptionally()) {
          matcher = CompletableFuture.completedFuture(build.get());
        }
        now = matcher;
      }
      try {
        return now.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }

    synchronized boolean enter() {
      if (closed) {
        return false;
      }
      users++;
      return true;
    }

    synchronized void leave() {
      users--;
      closeWhenUnused();
    }

    synchronized void retire() {
      retired = true;
      closeWhenUnused();
    }

    /** Returns once the matcher is built (or failed) and, if retired and unused, closed. */
    void awaitBuilt() {
      CompletableFuture<?> now;
      synchronized (this) {
        now = closing != null ? closing : matcher;
      }
      now.handle((done, failed) -> null).join();
    }

    private void closeWhenUnused() {
      if (retired && users == 0 && !closed) {
        closed = true;
        // One still being built is closed when done (on the building thread); a failed one holds nothing.
        closing = matcher.thenAccept(Matcher::close);
        answers.close();
      }
    }
  }
}

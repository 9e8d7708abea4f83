package vn.ketnoi.knowledge;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.text.Messages;

/**
 * The knowledge the running bot uses, replaceable while it runs. A replacement is built whole
 * (its matcher and answers included) by the caller, off the turns, then swapped in at once; a
 * match or a lookup that started on the old one finishes on it, and the old matcher is closed only
 * when the last of them is done.
 */
public final class LiveKnowledge implements Matching, EntryLookup, AutoCloseable {
  private final Messages messages;
  /** Offers near in meaning, kept across reloads (each reload hands them the new catalogue). */
  private final Matcher.Neighbours neighbours;
  private final IndexShelf shelf;
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
    this.current = new AtomicReference<>(new Generation(knowledge, messages, neighbours, shelf));
  }

  /** The knowledge in use now. */
  public KnowledgeBase knowledge() {
    return current.get().knowledge;
  }

  /** Builds the matcher and answers of {@code next} on this thread, then puts them in use. */
  public KnowledgeBase replace(KnowledgeBase next) {
    neighbours.catalogue(next.offers());
    Generation old = current.getAndSet(new Generation(next, messages, neighbours, shelf));
    old.retire();
    return old.knowledge;
  }

  @Override
  public Matcher.Result match(NeedCard card, String extraText) {
    Generation g = enter();
    try {
      return g.matcher.match(card, extraText);
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

  @Override
  public void close() {
    current.get().retire();
  }

  /** One loaded knowledge base with what is built from it, and who is using it. */
  private static final class Generation {
    final KnowledgeBase knowledge;
    final Matcher matcher;
    final Answers answers;
    private int users;
    private boolean retired;
    private boolean closed;

    Generation(KnowledgeBase knowledge, Messages messages, Matcher.Neighbours neighbours, IndexShelf shelf) {
      this.knowledge = knowledge;
      this.matcher = new Matcher(knowledge, messages, neighbours, shelf);
      this.answers = new Answers(knowledge);
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

    private void closeWhenUnused() {
      if (retired && users == 0 && !closed) {
        closed = true;
        matcher.close();
        answers.close();
      }
    }
  }
}

package vn.ketnoi.knowledge;

import java.util.List;

/** What the knowledge base says about a question: {@link Answers}, or the one in use ({@link LiveKnowledge}). */
@FunctionalInterface
public interface EntryLookup {
  /** Up to {@code limit} relevant entries, best first; empty when nothing relevant is known. */
  List<Answers.Found> find(String question, int limit);
}

package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what the knowledge base says about a question: programmes, FAQ answers, events. An entry
 * counts only when one of its keywords (or its name) is in the question: retrieval that merely
 * shares common words is not an answer.
 */
public final class Answers implements AutoCloseable {
  /** An entry found for a question, ready to be shown: a title, what it says, where to go. */
  public record Found(String id, String title, String text, String where) {}

  private final Map<String, Found> entries = new HashMap<>();
  private final Map<String, List<String>> phrases = new HashMap<>();
  private final TextIndex index;

  public Answers(KnowledgeBase knowledge) {
    List<TextIndex.Document> documents = new ArrayList<>();
    for (Programme p : knowledge.programmes()) {
      add(documents, new Found(p.id(), p.name(), p.summary() + " (" + p.legalBasis() + ")", p.applyAt()),
          p.keywords(), p.name());
    }
    for (Entry.Faq f : knowledge.faq()) {
      add(documents, new Found(f.id(), f.question(), f.answer(), null), f.keywords(), f.question());
    }
    for (Entry.Event e : knowledge.events()) {
      add(documents, new Found(e.id(), e.title(), e.summary(), e.register()), e.keywords(), e.title());
    }
    index = new TextIndex(documents);
  }

  private void add(List<TextIndex.Document> documents, Found found, List<String> keywords, String name) {
    entries.put(found.id(), found);
    List<String> all = new ArrayList<>(keywords);
    // A programme is also asked about by its decision number: "chương trình 1158".
    java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\b\\d{3,4}\\b").matcher(name);
    while (number.find()) {
      all.add(number.group());
    }
    phrases.put(found.id(), all);
    documents.add(new TextIndex.Document(found.id(), found.title(), String.join(" ; ", all), found.text()));
  }

  /** Up to {@code limit} relevant entries, best first; empty when nothing relevant is known. */
  public List<Found> find(String question, int limit) {
    String folded = TextIndex.fold(question);
    List<Found> found = new ArrayList<>();
    for (TextIndex.Hit hit : index.search(question, 20)) {
      boolean named = phrases.get(hit.id()).stream()
          .anyMatch(k -> Matcher.containsPhrase(folded, TextIndex.fold(k)));
      if (named) {
        found.add(entries.get(hit.id()));
      }
      if (found.size() == limit) {
        break;
      }
    }
    return found;
  }

  @Override
  public void close() {
    index.close();
  }
}

package vn.ketnoi;

import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.config.Config;
import vn.ketnoi.knowledge.KnowledgeBase;

/**
 * What an IT officer should know at start-up, one line each, as values that Main logs (so tests
 * read them without capturing logs): who the staff are, which knowledge folder is in use, and
 * whether it still holds the shipped sample data. The model's line comes from Ollama.check.
 */
final class StartupChecks {
  enum Level {
    INFO,
    WARN
  }

  record Finding(Level level, String text) {}

  private StartupChecks() {}

  static List<Finding> of(Config config, KnowledgeBase.Loaded knowledge) {
    List<Finding> findings = new ArrayList<>();
    findings.add(staff(config));
    findings.add(where(knowledge));
    KnowledgeBase kb = knowledge.knowledge();
    List<String> samples = new ArrayList<>();
    if (kb.sampleOffers() > 0) {
      samples.add(kb.sampleOffers() + " of " + kb.offers().size() + " offers");
    }
    if (kb.sampleEvents() > 0) {
      samples.add(kb.sampleEvents() + " of " + kb.events().size() + " events");
    }
    if (!samples.isEmpty()) {
      findings.add(new Finding(Level.WARN, "knowledge: " + String.join(" and ", samples)
          + " are sample data (summary starts " + KnowledgeBase.SAMPLE_MARK + "]); replace them with"
          + " the department's before going live (docs/deploy.md)"));
    }
    return findings;
  }

  private static Finding staff(Config config) {
    if (config.staffIds().isEmpty()) {
      return new Finding(Level.WARN, "staff: STAFF_IDS is empty, so new needs notify nobody and nobody"
          + " can use the staff commands; set STAFF_IDS to the staff's Telegram user ids,"
          + " comma-separated, in .env (docs/deploy.md says how to find them)");
    }
    int n = config.staffIds().size();
    return new Finding(Level.INFO, "staff: " + n + (n == 1 ? " Telegram id" : " Telegram ids") + "; new needs go to "
        + (config.staffChatId() == null ? "each of them in a private chat"
            : "the staff group " + config.staffChatId()));
  }

  private static Finding where(KnowledgeBase.Loaded loaded) {
    KnowledgeBase kb = loaded.knowledge();
    String counts = " (" + kb.offers().size() + " offers, " + kb.programmes().size() + " programmes, "
        + kb.faq().size() + " FAQ entries, " + kb.events().size() + " events)";
    if (loaded.bundled()) {
      return new Finding(Level.WARN, "knowledge: the sample copy inside the jar" + counts
          + ", since KNOWLEDGE_DIR is not set and there is no ./knowledge folder; set KNOWLEDGE_DIR"
          + " to the department's folder");
    }
    return new Finding(Level.INFO, "knowledge: folder " + loaded.folder().toAbsolutePath().normalize() + counts);
  }
}

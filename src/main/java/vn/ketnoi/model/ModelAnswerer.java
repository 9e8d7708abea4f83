package vn.ketnoi.model;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.knowledge.Answers;
import vn.ketnoi.knowledge.QuestionAnswerer;
import vn.ketnoi.text.Fold;

/**
 * A short answer written by the model from the entries found, checked before it is shown: every
 * number in it (amount, percentage, date, decision number) must stand in those entries, and it
 * must name one of them. Otherwise — or when the model fails — the rules' answer is shown.
 */
final class ModelAnswerer implements QuestionAnswerer {
  private static final Logger LOG = LoggerFactory.getLogger(ModelAnswerer.class);
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,/]\\d+)*");

  private final ChatModel model;
  private final String prompt;
  private final CircuitBreaker breaker;
  private final QuestionAnswerer fallback;

  ModelAnswerer(ChatModel model, String prompt, CircuitBreaker breaker, QuestionAnswerer fallback) {
    this.model = model;
    this.prompt = prompt;
    this.breaker = breaker;
    this.fallback = fallback;
  }

  @Override
  public String answer(String question, List<Answers.Found> entries) {
    if (!breaker.allow()) {
      return fallback.answer(question, entries);
    }
    String source = entriesText(entries);
    String answer;
    try {
      answer = model.chat(ChatRequest.builder().messages(
          SystemMessage.from(Prompts.fill(prompt, Map.of("entries", source))),
          UserMessage.from(question)).build()).aiMessage().text();
      breaker.success();
    } catch (RuntimeException e) {
      breaker.failure();
      LOG.warn("model answer failed ({}); the rules answer", e.getClass().getSimpleName());
      return fallback.answer(question, entries);
    }
    if (answer == null || answer.isBlank() || answer.length() > 1500 || !grounded(answer, entries, source)) {
      LOG.info("model answer not grounded in the entries; the rules answer");
      return fallback.answer(question, entries);
    }
    return answer.strip();
  }

  static boolean grounded(String answer, List<Answers.Found> entries, String source) {
    String digitsOfSource = source.replace(",", ".");
    Matcher m = NUMBER.matcher(answer);
    while (m.find()) {
      if (!digitsOfSource.contains(m.group().replace(",", "."))) {
        return false;
      }
    }
    String folded = Fold.fold(Fold.nfc(answer));
    return entries.stream().anyMatch(e -> names(folded, e));
  }

  /** The answer names an entry: its decision number, or the first words of its title. */
  private static boolean names(String foldedAnswer, Answers.Found entry) {
    Matcher number = Pattern.compile("\\b\\d{3,4}\\b").matcher(entry.title());
    while (number.find()) {
      if (foldedAnswer.contains(number.group())) {
        return true;
      }
    }
    String[] words = Fold.fold(Fold.nfc(entry.title())).split("\\s+");
    String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
    return foldedAnswer.contains(start);
  }

  private static String entriesText(List<Answers.Found> entries) {
    StringBuilder text = new StringBuilder();
    int i = 1;
    for (Answers.Found f : entries) {
      text.append(i++).append(". ").append(f.title()).append(": ").append(f.text());
      if (f.where() != null && !f.where().isBlank()) {
        text.append(" Nơi liên hệ: ").append(f.where());
      }
      text.append('\n');
    }
    return text.toString();
  }
}

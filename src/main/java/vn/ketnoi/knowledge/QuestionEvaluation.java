package vn.ketnoi.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.ketnoi.extraction.JsonLines;

/**
 * {@code question-eval FILE}: how often a question gets a right entry in the top 2, and how often a
 * question nothing in the base answers gets an honest "no answer", against a labelled JSONL
 * ({"id", "text", "answers": [entry ids]}; an empty list means nothing answers it).
 */
public final class QuestionEvaluation {
  /** How many of {@code questions} were handled right. */
  public record Figures(int questions, int right) {
    double share() {
      return questions == 0 ? 0 : (double) right / questions;
    }
  }

  /** Answerable questions (a right entry in the top 2) and unanswerable ones (nothing shown). */
  public record Report(Figures answerable, Figures unanswerable, List<String> misses) {
    Figures all() {
      return new Figures(answerable.questions() + unanswerable.questions(),
          answerable.right() + unanswerable.right());
    }
  }

  private QuestionEvaluation() {}

  /** The command: loads the base, scores FILE, prints the figures (and the misses on request). */
  public static int command(List<String> args, Path knowledgeDir, PrintStream out) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException("usage: question-eval FILE [--misses]");
    }
    try (Answers answers = new Answers(KnowledgeBase.open(knowledgeDir).knowledge())) {
      Report report = run(Path.of(args.get(0)), answers);
      print(report, out);
      if (args.contains("--misses")) {
        report.misses().forEach(out::println);
      }
    }
    return 0;
  }

  public static Report run(Path file, Answers answers) {
    int answerable = 0;
    int answeredRight = 0;
    int unanswerable = 0;
    int declinedRight = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode row : JsonLines.rows(file)) {
      Set<String> relevant = JsonLines.texts(row.get("answers"));
      List<String> top = answers.find(row.get("text").asText(), 3).stream().map(Answers.Found::id).toList();
      boolean right = relevant.isEmpty()
          ? top.isEmpty()
          : top.stream().limit(2).anyMatch(relevant::contains);
      if (relevant.isEmpty()) {
        unanswerable++;
        declinedRight += right ? 1 : 0;
      } else {
        answerable++;
        answeredRight += right ? 1 : 0;
      }
      if (!right) {
        misses.add(row.get("id").asText() + ": top " + top + ", relevant " + relevant);
      }
    }
    return new Report(new Figures(answerable, answeredRight), new Figures(unanswerable, declinedRight),
        misses);
  }

  public static void print(Report report, PrintStream out) {
    out.printf("answerable:   %d questions, right entry in top 2: %d (%.3f)%n",
        report.answerable().questions(), report.answerable().right(), report.answerable().share());
    out.printf("unanswerable: %d questions, honest no answer: %d (%.3f)%n",
        report.unanswerable().questions(), report.unanswerable().right(), report.unanswerable().share());
    out.printf("all:          %d questions, right: %d (%.3f)%n",
        report.all().questions(), report.all().right(), report.all().share());
  }
}

package vn.ketnoi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.ketnoi.config.Config;
import vn.ketnoi.extraction.Evaluation;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.router.Router;
import vn.ketnoi.text.Arguments;

/** {@code bench FILE} and {@code bench-match NEEDS.jsonl}: the figures are printed, not asserted. */
public final class BenchCommands {
  /** The application as wired for the benchmark's own database; closing it closes that. */
  public record Bot(Extractor extractor, Router router, Runnable closing) implements AutoCloseable {
    @Override
    public void close() {
      closing.run();
    }
  }

  private BenchCommands() {}

  /**
   * {@code bench FILE}: the rules path on a fresh database in a temporary folder, so no real data
   * is touched; {@code wiring} builds the application as {@code run} would.
   */
  public static int bench(List<String> rest, Config config, Function<Config, Bot> wiring, PrintStream out)
      throws IOException {
    Path messagesFile = Arguments.requireFile(rest, "bench FILE");
    Path dir = Files.createTempDirectory("ketnoi-bench");
    Config benchConfig =
        new Config(dir.resolve("bench.db"), null, config.telegramApiUrl(), null,
            config.ollamaModel(), config.ollamaTimeout(), config.ollamaContextSize(),
            Config.ExtractorMode.RULES, config.knowledgeDir(),
            config.staffIds(), config.staffChatId(), config.departmentName(), config.province(),
            config.timeZone(), dir.resolve("backups"), config.backupKeep(), Duration.ZERO,
            config.broadcastRate(), config.reminderHour());
    try (Bot bot = wiring.apply(benchConfig)) {
      long ready = System.nanoTime();
      List<String> texts =
          Files.readAllLines(messagesFile, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .map(Evaluation::textOf)
              .toList();
      Benchmark.run(texts, bot.extractor(), bot.router(), ready, benchConfig.database(), out);
    }
    return 0;
  }

  /** {@code bench-match NEEDS.jsonl}: need cards, or rows with a "need", one a line. */
  public static int benchMatch(List<String> rest, Path knowledgeDir, PrintStream out) throws Exception {
    Path file = Arguments.requireFile(rest, "bench-match NEEDS.jsonl");
    MatchBenchmark.run(KnowledgeBase.open(knowledgeDir).knowledge(), needs(file), out);
    return 0;
  }

  private static List<NeedCard> needs(Path file) throws IOException {
    List<NeedCard> needs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode row = Json.MAPPER.readTree(line);
        needs.add(Json.MAPPER.treeToValue(row.has("need") ? row.get("need") : row, NeedCard.class));
      }
    }
    return needs;
  }
}

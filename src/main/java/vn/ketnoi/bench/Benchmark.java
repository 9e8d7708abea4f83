package vn.ketnoi.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.ketnoi.router.Router;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.card.NeedCard;

/**
 * Per-message handling time of the rules path over a JSONL file of messages: extraction alone,
 * and a whole turn through the core including the SQLite write. Each message is a new business
 * that has consented, so every turn does the same work a real first message does.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void run(
      List<String> texts, Extractor extractor, Router router, long readyNanos,
      Path database, PrintStream out) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    out.printf("start-up (JVM start to core ready): %d ms%n",
        System.currentTimeMillis() - jvmStart - (System.nanoTime() - readyNanos) / 1_000_000);
    int rounds = 20;
    for (int warm = 0; warm < 3; warm++) {
      texts.forEach(t -> extractor.extract(t, NeedCard.EMPTY));
    }
    List<Long> extraction = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (String text : texts) {
        long t0 = System.nanoTime();
        extractor.extract(text, NeedCard.EMPTY);
        extraction.add(System.nanoTime() - t0);
      }
    }
    List<Long> turns = new ArrayList<>();
    long chat = 1_000_000;
    for (int r = 0; r < rounds; r++) {
      for (String text : texts) {
        chat++;
        router.handle(new Inbound.Press(chat, chat, "consent:yes"));
        long t0 = System.nanoTime();
        router.handle(new Inbound.Text(chat, chat, text));
        turns.add(System.nanoTime() - t0);
      }
    }
    out.printf("messages: %d x %d rounds, database %s%n", texts.size(), rounds, database);
    report(out, "extraction only", extraction);
    report(out, "turn incl. SQLite write", turns);
    Runtime rt = Runtime.getRuntime();
    out.printf("heap used after run: %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
  }

  private static void report(PrintStream out, String name, List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    out.printf("%-24s p50 %.3f ms   p99 %.3f ms   max %.3f ms%n", name,
        percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double percentile(List<Long> sorted, double p) {
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}

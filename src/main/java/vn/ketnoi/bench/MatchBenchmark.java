package vn.ketnoi.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.knowledge.IndexShelf;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.knowledge.Offer;
import vn.ketnoi.knowledge.OfferCsv;
import vn.ketnoi.knowledge.OfferImport;
import vn.ketnoi.storage.Folders;
import vn.ketnoi.text.Messages;

/**
 * {@code bench-match}: the index build at a first start, its opening at the next, and match
 * latency (p50, p99) with 1,000, 10,000 and 100,000 synthetic offers; and the import rate. Synthetic offers are the shipped ones with new ids and extra words drawn
 * from a made-up vocabulary, so the index grows the way a real catalogue would.
 */
public final class MatchBenchmark {
  private MatchBenchmark() {}

  public static void run(KnowledgeBase base, List<NeedCard> needs, PrintStream out) throws Exception {
    Messages messages = Messages.load();
    Path shelfDir = Files.createTempDirectory("ketnoi-index-bench");
    for (int size : new int[] {1_000, 10_000, 100_000}) {
      KnowledgeBase knowledge = new KnowledgeBase(synthetic(base.offers(), size), base.programmes(), base.faq(),
          base.events(), base.synonyms());
      // As the bot does: built and kept beside its database at the first start, opened at the next.
      IndexShelf shelf = IndexShelf.beside(shelfDir.resolve(size + ".db"));
      long built = System.nanoTime();
      long cpu = processCpuNanos();
      new Matcher(knowledge, messages, Matcher.Neighbours.NONE, shelf).close();
      long buildMs = (System.nanoTime() - built) / 1_000_000;
      long buildCpuMs = (processCpuNanos() - cpu) / 1_000_000;
      long opened = System.nanoTime();
      try (Matcher matcher = new Matcher(knowledge, messages, Matcher.Neighbours.NONE, shelf)) {
        long openMs = (System.nanoTime() - opened) / 1_000_000;
        needs.forEach(matcher::match); // warm up
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
          for (NeedCard need : needs) {
            long t0 = System.nanoTime();
            matcher.match(need);
            times.add(System.nanoTime() - t0);
          }
        }
        Collections.sort(times);
        out.printf("%,7d offers: index built in %,d ms (%,d ms of CPU, %,d MiB on disk), opened at a restart in"
            + " %,d ms; match p50 %.2f ms, p99 %.2f ms (%d queries, load average %.1f)%n", size, buildMs, buildCpuMs,
            bytes(shelfDir.resolve(size + ".db.offer-index")) >> 20, openMs, pct(times, 0.50), pct(times, 0.99), times.size(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
    Folders.delete(shelfDir);
    Path dir = Files.createTempDirectory("ketnoi-import-bench");
    Path target = dir.resolve("offers.csv");
    Files.writeString(target, OfferCsv.write(base.offers()), StandardCharsets.UTF_8);
    Path sheet = dir.resolve("import.csv");
    Files.writeString(sheet, OfferCsv.write(synthetic(base.offers(), 10_000)), StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    OfferImport.Report report = OfferImport.run(target, sheet);
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf("import: %,d rows merged in %.2f s = %,.0f rows/s%n",
        report.added().size() + report.updated().size(), seconds,
        (report.added().size() + report.updated().size()) / seconds);
  }

  static List<Offer> synthetic(List<Offer> seeds, int size) {
    Random random = new Random(42);
    List<String> vocabulary = new ArrayList<>();
    String[] onsets = {"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "ph", "qu", "s", "t", "th", "tr", "v", "x"};
    String[] rhymes = {"an", "ành", "ông", "ước", "ỏi", "ều", "ắt", "ỹ", "ương", "iên", "ồi", "ạc"};
    for (int i = 0; i < 5000; i++) {
      vocabulary.add(onsets[random.nextInt(onsets.length)] + rhymes[random.nextInt(rhymes.length)]
          + " " + onsets[random.nextInt(onsets.length)] + rhymes[random.nextInt(rhymes.length)]);
    }
    List<Offer> offers = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Offer seed = seeds.get(i % seeds.size());
      StringBuilder extra = new StringBuilder();
      for (int w = 0; w < 6; w++) {
        extra.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      offers.add(new Offer(String.format("SY-%06d", i), seed.title() + extra.substring(0, 12),
          seed.provider(), seed.providerType(), seed.originCountry(), seed.sector(), seed.needTypes(),
          seed.summary() + extra, seed.keywords(), seed.priceMin(), seed.priceMax(), seed.stage(),
          seed.contact(), seed.url(), seed.lastChecked()));
    }
    return offers;
  }

  private static long bytes(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /**
   * CPU time of the whole process, collections included: unlike wall time, it hardly depends on
   * what else the machine is doing.
   */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static double pct(List<Long> sorted, double p) {
    return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }
}

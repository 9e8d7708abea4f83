package vn.ketnoi.knowledge;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;
import vn.ketnoi.storage.Database;
import vn.ketnoi.text.Utf8;

/**
 * The cost of the vector step at 1,000 and 100,000 offers of 1,024 dimensions (bge-m3's size):
 * memory held, the time of one brute-force scan for a need's nearest 12, and storing and reading
 * the vectors in SQLite (what a restart costs). Random vectors: a scan's time does not depend on
 * what they say. Not a test; run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=vn.ketnoi.knowledge.VectorBench -Dexec.classpathScope=test}.
 */
public final class VectorBench {
  private static final int DIMENSIONS = 1024;
  private static final int QUERIES = 300;

  private VectorBench() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = Utf8.printStream(java.io.FileDescriptor.out);
    Random random = new Random(13);
    out.printf("vector step, %d dimensions, nearest 12, brute-force scan on %d cores, load average %.1f%n",
        DIMENSIONS, Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int n : new int[] {1_000, 100_000}) {
      List<Offer> offers = offers(n);
      long before = usedHeap();
      Vectors vectors = new Vectors(offers);
      long textsOnly = usedHeap() - before;
      for (int i = 0; i < n; i++) {
        vectors.put(i, randomVector(new Random(i)));
      }
      vectors.publish();
      long held = usedHeap() - before - textsOnly;
      long[] micros = new long[QUERIES];
      for (int q = -50; q < QUERIES; q++) {
        float[] query = randomVector(random);
        long start = System.nanoTime();
        vectors.nearest(query, 12);
        if (q >= 0) {
          micros[q] = (System.nanoTime() - start) / 1_000;
        }
      }
      Arrays.sort(micros);
      out.printf("%,9d offers: vectors %,d MiB in memory; scan p50 %.1f ms, p99 %.1f ms%n", n,
          held >> 20, micros[QUERIES / 2] / 1000.0, micros[QUERIES * 99 / 100] / 1000.0);
      storage(n, offers, out);
    }
  }

  private static void storage(int n, List<Offer> offers, PrintStream out) throws Exception {
    Path dir = Files.createTempDirectory("vector-bench");
    Path file = dir.resolve("bench.db");
    try (Database database = Database.open(file)) {
      EmbeddingStore store = new EmbeddingStore(database, Clock.systemUTC());
      long start = System.nanoTime();
      for (int from = 0; from < n; from += OfferEmbeddings.BATCH) {
        List<EmbeddingStore.Row> rows = new ArrayList<>();
        for (int i = from; i < Math.min(n, from + OfferEmbeddings.BATCH); i++) {
          rows.add(new EmbeddingStore.Row(offers.get(i).id(), "h" + i, randomVector(new Random(i))));
        }
        store.save("bge-m3", rows);
      }
      long written = System.nanoTime() - start;
      start = System.nanoTime();
      int[] read = {0};
      store.each("bge-m3", (id, stored) -> read[0]++);
      long loaded = System.nanoTime() - start;
      out.printf("%,9d offers: SQLite %,d MiB; stored in batches of %d: %.1f s; read at start: %.1f s (%,d rows)%n",
          n, Files.size(file) >> 20, OfferEmbeddings.BATCH, written / 1e9, loaded / 1e9, read[0]);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static List<Offer> offers(int n) {
    List<Offer> offers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      offers.add(new Offer("B-" + i, "Thiết bị số " + i, "Nhà cung cấp", "doanh_nghiep", Offer.DOMESTIC,
          Sector.CHE_BIEN_BAO_QUAN, List.of(NeedType.THIET_BI), "Mô tả thiết bị số " + i, List.of(),
          null, null, "thương mại", "", "", "2026-12-01"));
    }
    return offers;
  }

  private static float[] randomVector(Random random) {
    float[] v = new float[DIMENSIONS];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}

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
 * memory held, the time of one search for a need's nearest 12 and how many of the true nearest 12
 * it finds (recall, against a full scan of cosines made here), and storing and reading the vectors
 * in SQLite (what a restart costs). The vectors are drawn around 2,000 random centres, as texts
 * about the same few thousand kinds of technology would lie, and each query near one of them:
 * with vectors drawn at random no offer is much nearer than another and the shortlist by signs
 * would have nothing to find. Not a test; run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=vn.ketnoi.knowledge.VectorBench -Dexec.classpathScope=test}.
 */
public final class VectorBench {
  private static final int DIMENSIONS = 1024;
  private static final int QUERIES = 300;
  private static final int CENTRES = 2_000;

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
      float[][] centres = new float[CENTRES][];
      for (int c = 0; c < CENTRES; c++) {
        centres[c] = randomVector(new Random(-1 - c));
      }
      for (int i = 0; i < n; i++) {
        vectors.put(i, near(centres[i % CENTRES], new Random(i)));
      }
      vectors.publish();
      long held = usedHeap() - before - textsOnly;
      float[][] units = new float[n][];
      for (int i = 0; i < n; i++) {
        units[i] = Vectors.normalised(near(centres[i % CENTRES], new Random(i)));
      }
      long[] micros = new long[QUERIES];
      int found = 0;
      for (int q = -50; q < QUERIES; q++) {
        float[] query = near(centres[random.nextInt(CENTRES)], random);
        long start = System.nanoTime();
        List<Integer> nearest = vectors.nearest(query, 12);
        if (q >= 0) {
          micros[q] = (System.nanoTime() - start) / 1_000;
          List<Integer> truth = fullScan(units, query, 12);
          found += (int) nearest.stream().filter(truth::contains).count();
        }
      }
      Arrays.sort(micros);
      out.printf("%,9d offers: vectors %,d MiB in memory; search p50 %.1f ms, p99 %.1f ms; recall of the"
          + " nearest 12: %.3f%n", n, held >> 20, micros[QUERIES / 2] / 1000.0,
          micros[QUERIES * 99 / 100] / 1000.0, found / (12.0 * QUERIES));
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

  /** The true nearest by cosine, from every vector in full. */
  private static List<Integer> fullScan(float[][] units, float[] query, int limit) {
    float[] q = Vectors.normalised(query);
    Integer[] order = new Integer[units.length];
    float[] score = new float[units.length];
    for (int i = 0; i < units.length; i++) {
      order[i] = i;
      score[i] = org.apache.lucene.util.VectorUtil.dotProduct(q, units[i]);
    }
    Arrays.sort(order, (a, b) -> Float.compare(score[b], score[a]));
    return Arrays.asList(order).subList(0, limit);
  }

  /** A vector near the centre: the centre plus noise of half its spread. */
  private static float[] near(float[] centre, Random random) {
    float[] v = randomVector(random);
    for (int i = 0; i < v.length; i++) {
      v[i] = centre[i] + 0.5f * v[i];
    }
    return v;
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

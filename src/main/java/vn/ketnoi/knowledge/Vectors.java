package vn.ketnoi.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.util.VectorUtil;

/**
 * One catalogue's embeddings in memory: position i is the i-th offer, its vector normalised to
 * length 1 (so a dot product is the cosine) with the signs of its components as bits, null until
 * it is embedded. One thread writes (the background), any number read; each slot is read as a
 * volatile, which costs nothing more than a plain read on x86 and makes a vector whole when it is
 * seen.
 */
final class Vectors {
  final List<Offer> offers;
  final String[] texts;
  final String[] hashes;
  /**
   * Offers whose signs are nearest the query's are compared in full: at least this many, or
   * {@link #SHORTLIST_PER_RESULT} for each result asked.
   */
  static final int SHORTLIST = 512;
  private static final int SHORTLIST_PER_RESULT = 32;

  /** A vector of length 1 and the signs of its components, one bit each. */
  private record Unit(float[] values, long[] signs) {
    static Unit of(float[] vector) {
      float[] values = normalised(vector);
      long[] signs = new long[(values.length + 63) / 64];
      for (int i = 0; i < values.length; i++) {
        if (values[i] > 0) {
          signs[i >> 6] |= 1L << i;
        }
      }
      return new Unit(values, signs);
    }

    /** Components whose signs differ: the fewer, the nearer the angle. */
    int differing(long[] other) {
      int count = 0;
      for (int i = 0; i < signs.length; i++) {
        count += Long.bitCount(signs[i] ^ other[i]);
      }
      return count;
    }
  }

  private final AtomicReferenceArray<Unit> vectors;
  private final CountDownLatch finished = new CountDownLatch(1);
  private int filled;
  /** How many vectors readers are told of (tests, the benchmark, whether to ask at all). */
  private volatile int published;

  Vectors(List<Offer> offers) {
    this.offers = List.copyOf(offers);
    int n = this.offers.size();
    texts = new String[n];
    hashes = new String[n];
    vectors = new AtomicReferenceArray<>(n);
    for (int i = 0; i < n; i++) {
      texts[i] = OfferEmbeddings.text(this.offers.get(i));
      hashes[i] = OfferEmbeddings.hash(texts[i]);
    }
  }

  int size() {
    return vectors.length();
  }

  /** Background thread only. */
  void put(int offer, float[] vector) {
    if (vectors.get(offer) == null) {
      filled++;
    }
    vectors.set(offer, Unit.of(vector));
  }

  void publish() {
    published = filled;
  }

  int published() {
    return published;
  }

  void finish() {
    finished.countDown();
  }

  boolean awaitFinished(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Up to {@code limit} offers from {@code from} on that have no vector and some text. */
  List<Integer> missing(int from, int limit) {
    List<Integer> missing = new ArrayList<>();
    for (int i = from; i < vectors.length() && missing.size() < limit; i++) {
      if (vectors.get(i) == null && !texts[i].isEmpty()) {
        missing.add(i);
      }
    }
    return missing;
  }

  /**
   * The {@code limit} offers nearest the query by cosine, nearest first. A full scan of 100,000
   * vectors of 1,024 floats took 180–250 ms on this 2-core machine, so the scan compares signs
   * first (16 words a vector, a few ms), keeps the shortlist whose signs differ least, and computes
   * the cosine of those alone. With fewer offers than the shortlist every one is compared in full,
   * so a small catalogue gets the exact answer.
   */
  List<Integer> nearest(float[] query, int limit) {
    if (published == 0 || limit <= 0) {
      return List.of();
    }
    Unit q = Unit.of(query);
    int[] differing = new int[vectors.length()];
    int[] atDistance = new int[q.values().length + 2];
    for (int i = 0; i < differing.length; i++) {
      Unit v = vectors.get(i);
      // Not embedded yet, or by a model of another size: never a candidate.
      differing[i] = v == null || v.values().length != q.values().length ? -1 : v.differing(q.signs());
      if (differing[i] >= 0) {
        atDistance[differing[i]]++;
      }
    }
    int within = cutoff(atDistance, Math.max(SHORTLIST, limit * SHORTLIST_PER_RESULT));
    int[] best = new int[limit];
    float[] scores = new float[limit];
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    int found = 0;
    for (int i = 0; i < differing.length; i++) {
      if (differing[i] < 0 || differing[i] > within) {
        continue;
      }
      Unit v = vectors.get(i);
      if (v.values().length != q.values().length) {
        continue; // embedded again by a model of another size since the first pass
      }
      float score = VectorUtil.dotProduct(q.values(), v.values());
      if (found == limit && score <= scores[limit - 1]) {
        continue;
      }
      int at = Math.min(found, limit - 1);
      while (at > 0 && scores[at - 1] < score) {
        scores[at] = scores[at - 1];
        best[at] = best[at - 1];
        at--;
      }
      scores[at] = score;
      best[at] = i;
      found = Math.min(found + 1, limit);
    }
    List<Integer> nearest = new ArrayList<>(found);
    for (int k = 0; k < found; k++) {
      nearest.add(best[k]);
    }
    return nearest;
  }

  /** The smallest distance within which at least {@code wanted} vectors lie (all, if fewer). */
  private static int cutoff(int[] atDistance, int wanted) {
    int seen = 0;
    for (int d = 0; d < atDistance.length; d++) {
      seen += atDistance[d];
      if (seen >= wanted) {
        return d;
      }
    }
    return atDistance.length;
  }

  static float[] normalised(float[] vector) {
    double sum = 0;
    for (float x : vector) {
      sum += x * x;
    }
    float[] out = vector.clone();
    if (sum > 0) {
      float scale = (float) (1 / Math.sqrt(sum));
      for (int i = 0; i < out.length; i++) {
        out[i] *= scale;
      }
    }
    return out;
  }
}

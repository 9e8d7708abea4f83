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
 * length 1 (so a dot product is the cosine), null until it is embedded. One thread writes (the
 * background), any number read; each slot is read as a volatile, which costs nothing more than a
 * plain read on x86 and makes a vector whole when it is seen.
 */
final class Vectors {
  final List<Offer> offers;
  final String[] texts;
  final String[] hashes;
  private final AtomicReferenceArray<float[]> vectors;
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
    vectors.set(offer, normalised(vector));
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
   * The {@code limit} offers nearest the query by cosine, nearest first: a scan of every vector,
   * keeping the best in a small sorted array (a limit of a dozen makes insertion cheap).
   */
  List<Integer> nearest(float[] query, int limit) {
    if (published == 0 || limit <= 0) {
      return List.of();
    }
    float[] q = normalised(query);
    int[] best = new int[limit];
    float[] scores = new float[limit];
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    int found = 0;
    for (int i = 0; i < vectors.length(); i++) {
      float[] v = vectors.get(i);
      if (v == null || v.length != q.length) {
        continue; // not embedded yet, or by a model of another size
      }
      float score = VectorUtil.dotProduct(q, v);
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

package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;

/** The nearest offers by cosine: a shortlist by signs, then the cosine of the shortlist. */
class VectorsTest {
  private static final int DIMENSIONS = 256;

  @Test
  void with_fewer_offers_than_the_shortlist_the_answer_is_that_of_a_full_scan() {
    Random random = new Random(3);
    float[][] stored = vectors(Vectors.SHORTLIST - 12, random);
    Vectors vectors = filled(stored);
    for (int q = 0; q < 20; q++) {
      float[] query = gaussian(random);
      assertThat(vectors.nearest(query, 12)).isEqualTo(fullScan(stored, query, 12));
    }
  }

  @Test
  void beyond_the_shortlist_the_offers_near_the_query_are_still_found_nearest_first() {
    Random random = new Random(5);
    float[][] stored = vectors(8 * Vectors.SHORTLIST, random);
    // Three offers near one offer's vector, the rest anywhere: the four must come first, in order.
    float[] centre = stored[100];
    for (int k = 1; k <= 3; k++) {
      stored[1000 * k] = plus(centre, 0.1f * k, random);
    }
    Vectors vectors = filled(stored);
    float[] query = plus(centre, 0.05f, random);
    List<Integer> nearest = vectors.nearest(query, 4);
    assertThat(nearest).isEqualTo(fullScan(stored, query, 4)).containsExactlyInAnyOrder(100, 1000, 2000, 3000);
  }

  @Test
  void an_offer_not_yet_embedded_or_embedded_by_another_size_of_model_is_never_returned() {
    Random random = new Random(7);
    float[][] stored = vectors(3, random);
    Vectors vectors = new Vectors(offers(5));
    vectors.put(0, stored[0]);
    vectors.put(1, new float[] {1, 0, 0});
    vectors.put(2, stored[2]);
    vectors.publish();
    assertThat(vectors.nearest(stored[2], 12)).containsExactly(2, 0);
  }

  private static Vectors filled(float[][] stored) {
    Vectors vectors = new Vectors(offers(stored.length));
    for (int i = 0; i < stored.length; i++) {
      vectors.put(i, stored[i]);
    }
    vectors.publish();
    return vectors;
  }

  private static List<Integer> fullScan(float[][] stored, float[] query, int limit) {
    float[] q = Vectors.normalised(query);
    return IntStream.range(0, stored.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -VectorUtil.dotProduct(q, Vectors.normalised(stored[i]))))
        .limit(limit).toList();
  }

  private static float[][] vectors(int n, Random random) {
    float[][] vectors = new float[n][];
    for (int i = 0; i < n; i++) {
      vectors[i] = gaussian(random);
    }
    return vectors;
  }

  private static float[] plus(float[] centre, float noise, Random random) {
    float[] v = gaussian(random);
    for (int i = 0; i < v.length; i++) {
      v[i] = centre[i] + noise * v[i];
    }
    return v;
  }

  private static float[] gaussian(Random random) {
    float[] v = new float[DIMENSIONS];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }

  private static List<Offer> offers(int n) {
    List<Offer> offers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      offers.add(new Offer("V-" + i, "Thiết bị " + i, "Nhà cung cấp", "doanh_nghiep", Offer.DOMESTIC,
          Sector.CHE_BIEN_BAO_QUAN, List.of(NeedType.THIET_BI), "Mô tả " + i, List.of(),
          null, null, "thương mại", "", "", "2026-12-01"));
    }
    return offers;
  }
}

package vn.ketnoi.knowledge;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offers a matcher judges, in order: BM25's hits alone, or fused with the offers nearest in
 * meaning by reciprocal rank fusion. Ranks rather than scores are added because BM25 scores and
 * cosines have no common scale; k = 60 is the constant of Cormack, Clarke and Büttcher (2009), the
 * usual one, which keeps one list's first place from outweighing agreement between both.
 */
final class Fusion {
  /**
   * An offer to judge: its position in the catalogue, its score relative to the first (1.0), and
   * whether it is faint — a BM25 hit under the gap that no neighbour backs, so at most a near fit.
   */
  record Ranked(int offer, double score, boolean faint) {}

  static final int K = 60;

  private Fusion() {}

  /**
   * Without neighbours: the hits, scored relative to the best, those under {@code gap} of it
   * faint. With neighbours: the hits and the neighbours, ordered by 1 / (K + rank) summed over the
   * two lists; a hit under the gap that is not also a neighbour stays faint.
   */
  static List<Ranked> rank(List<OfferIndex.Hit> hits, double gap, List<Integer> neighbours) {
    double best = hits.isEmpty() ? 0 : hits.get(0).score();
    Set<Integer> faint = new HashSet<>();
    hits.stream().filter(h -> h.score() < best * gap).map(OfferIndex.Hit::offer).forEach(faint::add);
    faint.removeAll(neighbours);
    if (neighbours.isEmpty()) {
      return hits.stream().map(h -> new Ranked(h.offer(), h.score() / best, faint.contains(h.offer())))
          .toList();
    }
    Map<Integer, Double> fused = new LinkedHashMap<>();
    for (int i = 0; i < hits.size(); i++) {
      fused.merge(hits.get(i).offer(), 1.0 / (K + i + 1), Double::sum);
    }
    for (int i = 0; i < neighbours.size(); i++) {
      fused.merge(neighbours.get(i), 1.0 / (K + i + 1), Double::sum);
    }
    double top = fused.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    return fused.keySet().stream()
        .map(offer -> new Ranked(offer, fused.get(offer) / top, faint.contains(offer)))
        .sorted(Comparator.comparingDouble(Ranked::score).reversed())
        .toList();
  }
}

package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offers a matcher judges, in order: BM25's hits alone, or fused with the offers nearest in
 * meaning by reciprocal rank fusion. Ranks rather than scores are added because BM25 scores and
 * cosines have no common scale; k = 60 is the constant of Cormack, Clarke and Büttcher (2009), the
 * usual one, which keeps one list's first place from outweighing agreement between both.
 */
final class Fusion {
  /** An offer to judge: its position in the catalogue and its score relative to the first (1.0). */
  record Ranked(int offer, double score) {}

  static final int K = 60;

  private Fusion() {}

  /**
   * Without neighbours: the hits scoring at least {@code gap} of the best, scored relative to it.
   * With neighbours: those hits and the neighbours, ordered by 1 / (K + rank) summed over the two
   * lists (a hit under the gap still counts its rank where a neighbour is the same offer).
   */
  static List<Ranked> rank(List<OfferIndex.Hit> hits, double gap, List<Integer> neighbours) {
    double best = hits.isEmpty() ? 0 : hits.get(0).score();
    if (neighbours.isEmpty()) {
      List<Ranked> lexical = new ArrayList<>();
      for (OfferIndex.Hit hit : hits) {
        if (hit.score() < best * gap) {
          break;
        }
        lexical.add(new Ranked(hit.offer(), hit.score() / best));
      }
      return lexical;
    }
    Map<Integer, Double> fused = new LinkedHashMap<>();
    for (int i = 0; i < hits.size(); i++) {
      fused.merge(hits.get(i).offer(), 1.0 / (K + i + 1), Double::sum);
    }
    for (int i = 0; i < neighbours.size(); i++) {
      fused.merge(neighbours.get(i), 1.0 / (K + i + 1), Double::sum);
    }
    List<Integer> kept = new ArrayList<>(neighbours);
    hits.stream().filter(h -> h.score() >= best * gap).map(OfferIndex.Hit::offer).forEach(kept::add);
    double top = kept.stream().mapToDouble(fused::get).max().orElse(1);
    return kept.stream().distinct()
        .map(offer -> new Ranked(offer, fused.get(offer) / top))
        .sorted(Comparator.comparingDouble(Ranked::score).reversed())
        .toList();
  }
}

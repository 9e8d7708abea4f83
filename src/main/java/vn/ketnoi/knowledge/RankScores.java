package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ranking measures of {@code match-eval} for one list of offers against graded gold: relevant
 * offers grade 2, partial ones grade 1. nDCG@3 uses both grades; recall@3 and MRR only the
 * relevant ones, so a partial offer first is not counted as a hit.
 */
record RankScores(double ndcgAt3, double recallAt3, double reciprocalRank) {
  static final int K = 3;

  static RankScores of(List<String> ranked, Set<String> relevant, Set<String> partial) {
    double dcg = 0;
    for (int i = 0; i < Math.min(K, ranked.size()); i++) {
      dcg += gain(grade(ranked.get(i), relevant, partial), i);
    }
    List<Integer> ideal = new ArrayList<>();
    relevant.forEach(r -> ideal.add(2));
    partial.stream().filter(p -> !relevant.contains(p)).forEach(p -> ideal.add(1));
    double idcg = 0;
    for (int i = 0; i < Math.min(K, ideal.size()); i++) {
      idcg += gain(ideal.get(i), i);
    }
    long found = ranked.stream().limit(K).filter(relevant::contains).count();
    double reciprocal = 0;
    for (int i = 0; i < ranked.size() && reciprocal == 0; i++) {
      if (relevant.contains(ranked.get(i))) {
        reciprocal = 1.0 / (i + 1);
      }
    }
    return new RankScores(idcg == 0 ? 0 : dcg / idcg,
        relevant.isEmpty() ? 0 : (double) found / relevant.size(), reciprocal);
  }

  private static int grade(String id, Set<String> relevant, Set<String> partial) {
    return relevant.contains(id) ? 2 : partial.contains(id) ? 1 : 0;
  }

  private static double gain(int grade, int position) {
    return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
  }
}

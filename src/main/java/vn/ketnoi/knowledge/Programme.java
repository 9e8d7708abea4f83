package vn.ketnoi.knowledge;

import java.util.List;

/**
 * A support programme or legal instrument, from knowledge/programmes.json. {@code eligibility} is
 * null for instruments that inform but fund nothing (they answer questions, never match a need).
 */
public record Programme(
    String id,
    String name,
    String legalBasis,
    String validity,
    String summary,
    String benefit,
    String eligible,
    String applyAt,
    String lastChecked,
    String toVerify,
    List<String> keywords,
    Eligibility eligibility) {

  /** Explicit rules the matcher evaluates; an absent (null or empty) rule does not apply. */
  public record Eligibility(
      List<String> origin,
      List<String> sectors,
      List<String> needTypes,
      List<String> support,
      Integer maxEmployees,
      Long minBudgetVnd,
      List<String> keywords) {}
}

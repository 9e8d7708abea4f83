package vn.ketnoi.extraction;

import java.util.List;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.Money.Span;

/**
 * The budget when the text settles the roles of its amounts itself, before any guess about them:
 * a total its parts add up to ({@link BudgetSums}), or the part singled out with "riêng"
 * ({@link BudgetSingled}).
 */
final class SettledRoles {
  private SettledRoles() {}

  /** {@code amounts} as {@link Amounts#in} reads them, {@code all} their spans, {@code budgets} those that may be it. */
  static Span budget(String folded, List<Amount> amounts, List<Span> all, List<Span> budgets) {
    Span total = BudgetSums.total(folded, amounts, budgets);
    return total != null ? total : BudgetSingled.part(folded, all, budgets);
  }
}

package vn.ketnoi.extraction;

import java.util.List;
import vn.ketnoi.extraction.Money.Span;

/**
 * The budget when the text settles the roles of its amounts itself, before any guess about them:
 * a total its parts add up to ({@link BudgetSums}), or the part singled out with "riêng"
 * ({@link BudgetSingled}).
 */
final class SettledRoles {
  private SettledRoles() {}

  static Span budget(String nfc, String folded, List<Span> all, List<Span> budgets) {
    Span total = BudgetSums.total(nfc, folded, budgets);
    return total != null ? total : BudgetSingled.part(folded, all, budgets);
  }
}

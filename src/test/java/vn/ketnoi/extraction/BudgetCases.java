package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

/** The one check of the budget rule tests: a message's budget, " / " standing for a new line. */
final class BudgetCases {
  private BudgetCases() {}

  /** Both bounds null: no budget is read. */
  static void assertBudget(String text, Long min, Long max) {
    String message = text.replace(" / ", "\n");
    assertThat(Money.find(message)).as(message)
        .isEqualTo(min == null && max == null ? null : new Money.Budget(min, max));
  }
}

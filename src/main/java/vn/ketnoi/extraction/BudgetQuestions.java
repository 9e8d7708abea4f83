package vn.ketnoi.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.BudgetDoubts.Message;
import vn.ketnoi.extraction.Money.Span;

/**
 * An amount of {@link BudgetDoubts} that a question supposes rather than the business plans: inside
 * its condition ("nếu đầu tư 1 tỷ thì …?"), a price before "thì" ("máy giá 3tr5 thì có được hỗ trợ
 * không?"), a threshold asked about ("đầu tư trên 1 tỷ thì có được ưu đãi không?", "dự án trên 2 tỷ
 * phải qua hội đồng đúng không?"), or one of the options a question weighs ("thuê dịch vụ … hay mua
 * máy 200 triệu thì lợi hơn?").
 */
final class BudgetQuestions {
  private BudgetQuestions() {}

  /** "nếu đầu tư 1 tỷ thì …?": an amount inside a condition is a premise, not a plan. */
  private static final Pattern CONDITION = Cues.words("neu|gia su|gia dinh|truong hop|lo nhu|gia nhu");
  private static final Pattern THEN = Cues.words("thi");
  /** "trên 1 tỷ thì", "từ 5 tỷ trở lên thì": the amount ends the condition "thì" answers. */
  private static final Pattern THEN_NEXT =
      Pattern.compile("^\\s*(?:(?:dong|vnd|d)(?![a-z]))?\\s*(?:tro len|tro xuong)?\\s*,?\\s*thi(?![a-z])");
  /**
   * A question: its mark, a question word anywhere ("cần những gì", "cho em hỏi" opening it), or a
   * particle that ends it.
   */
  private static final Pattern ASKS =
      Pattern.compile("\\?|(?<![a-z])(?:bao lau|bao nhieu|the nao|nhu nao|bao gio|o dau|tai sao|vi sao|nhung gi"
          + "|cho (?:em|minh|toi|chau|con) hoi"
          + "|lieu)(?![a-z])|(?<![a-z])(?:khong|ko|chua|nhi|sao|duoc khong|phai khong)"
          + "(?: a| ah| vay| ha| nhi| ak)?[\\s.!]*$");

  /** "thuê dịch vụ … hay mua máy 200 triệu thì lợi hơn?": options weighed, not "… hay không?". */
  private static final Pattern OPTIONS =
      Pattern.compile("(?<![a-z])(?:hay|hoac)(?: la)?(?![a-z])(?! (?:khong|ko|k|chua|sao|the nao)(?![a-z]))");


  /** A question whether it can be done or supported at that price. */
  private static final Pattern FEASIBLE =
      Pattern.compile("(?<![a-z])(?:co (?:lam |mua |dat )?(?:duoc|dc|kip|du)|co the (?:lam|mua)|duoc (?:so |tinh )?ho tro)(?![a-z])");
  /**
   * "nếu đầu tư 1 tỷ thì bao lâu hoàn vốn?": the amount inside the condition of a question; so is
   * a price before "thì" in a question ("máy giá 3tr5 thì có được hỗ trợ không?") unless a budget
   * word ties it to the business; and so is a lower bound right before "thì" even then ("doanh
   * nghiệp đầu tư trên 1 tỷ thì có được ưu đãi thuế không?"): a floor asked about is a threshold,
   * as a business states its own money by what it has or its ceiling.
   */
  static boolean premise(Message m, Span budget, String window) {
    if (insideCondition(m, budget)) {
      return true;
    }
    boolean floor = budget.min() != null && budget.max() == null;
    boolean ceiling = budget.min() == null && budget.max() != null;
    boolean tied = BudgetDoubts.TIED.matcher(window).find();
    String asked = withItsMark(m, budget);
    // "dự án trên 2 tỷ phải qua hội đồng đúng không?": a floor asked about, not the business's; so
    // is a ceiling whose feasibility or support is asked ("Dưới 100tr có làm được không?", "máy
    // dưới 1ty có được Sở hỗ trợ k?"; "tỷ mốt là tối đa, mua ở đâu?" keeps it).
    boolean feasibilityAsked = ceiling && FEASIBLE.matcher(asked).find();
    if (ASKS.matcher(asked).find() && (OPTIONS.matcher(asked).find() || (floor || feasibilityAsked) && !tied)) {
      return true;
    }
    String sentence = m.sentenceAround(budget.start(), budget.end());
    if (!ASKS.matcher(sentence).find() || !THEN.matcher(m.after(budget.end())).find()) {
      return false;
    }
    return !tied || floor && THEN_NEXT.matcher(m.after(budget.end())).find();
  }

  /** The budget's sentence with the mark that ends it, "?" included. */
  private static String withItsMark(Message m, Span budget) {
    int from = m.sentenceStart(budget.start());
    int to = m.sentenceEnd(budget.end());
    return m.folded().substring(from, Math.min(to + 1, m.folded().length()));
  }

  private static boolean insideCondition(Message m, Span budget) {
    int from = m.sentenceStart(budget.start());
    String sentence = withItsMark(m, budget);
    if (!ASKS.matcher(sentence).find()) {
      return false;
    }
    Matcher condition = CONDITION.matcher(m.folded().substring(from, budget.start()));
    int opened = -1;
    while (condition.find()) {
      opened = condition.end();
    }
    // "nếu được hỗ trợ thì bên em bỏ ra 1 tỷ": after "thì" the clause is the business's answer.
    return opened >= 0 && !THEN.matcher(m.folded().substring(from + opened, budget.start())).find();
  }
}

package vn.ketnoi.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Amounts.Amount;
import vn.ketnoi.extraction.BudgetDoubts.Message;
import vn.ketnoi.extraction.Money.Span;

/**
 * Messages whose words say the business's own amount is not settled, whatever amount {@link Money}
 * chose (round 9: money13 and money14's outside labellers left these empty, and so would staff).
 * Each is a cause, not a table's wording: the rest of the money is asked of someone else, the
 * work hinges on support, a share of support in percent, the writer's own part unclear or
 * withdrawn, a loan still being sought, a target beside a cap, a figure conditional or argued as
 * worth it, digits and words that disagree. None of them picks another number: null, not a guess.
 */
final class BudgetUnsettled {
  private BudgetUnsettled() {}

  private static final String ASKED = "(?:ho tro|tai tro|vay|tra gop|cho vay)";
  /**
   * The rest asked of others when the own part is no amount ("chỉ tự lo được một phần, phần còn
   * lại mong Sở hỗ trợ") or a deposit paid ("đã đặt cọc 200 triệu …, hỗ trợ được phần còn lại"):
   * the total, the deposit or the rest? Labellers split (money6 took the price, money13 none).
   * An own amount beside the rest ("HTX góp được 60 triệu, mong Sở hỗ trợ phần còn lại") stays.
   */
  private static final Pattern REST_ASKED =
      Cues.words(ASKED + "(?: [a-z]+){0,3}? (?:phan )?con lai|(?:phan )?con lai(?: [a-z]+){0,5}? " + ASKED);
  private static final Pattern NO_OWN_AMOUNT = Cues.words("mot phan|dat coc|coc");
  /** "nếu Sở hỗ trợ thì HTX mới làm được": the work hinges on support; the amount is its price. */
  private static final Pattern HINGES_ON_SUPPORT =
      Pattern.compile("(?<![a-z])neu [^.?!\\n]{0,40}ho tro[^.?!\\n]{0,40}(?<![a-z])moi (?:lam|dau tu|mua|thuc hien"
          + "|trien khai|dam)(?![a-z])");
  /**
   * "xin hỗ trợ 70% kinh phí … Máy giá khoảng 250 triệu": a share of support anywhere in the
   * message beside a price, not a budget the business names: the price, or its own part?
   */
  private static final Pattern SUPPORT_PERCENT =
      Pattern.compile("(?<![a-z])ho tro(?: [a-z]+){0,3}?:? (?:la |khoang |toi da |den )?(?!100\\s*%)\\d+(?:[.,]\\d+)?"
          + " ?(?:%|phan tram)");
  private static final Pattern PRICE = Cues.words("gia");
  /**
   * "Hỗ trợ đề nghị: 50% tối đa 1 tỷ": a share asked with its own cap; the stated amount, or what is
   * left after a support of 50% or of the cap? Programme terms asked about carry no "đề nghị/xin".
   */
  private static final Pattern CAPPED_SHARE_ASKED =
      Pattern.compile("(?<![a-z])(?:(?:de nghi|xin|mong)(?: so)? ho tro|ho tro (?:de nghi|xin))\\s*:?\\s*\\d+(?:[.,]\\d+)?"
          + " ?(?:%|phan tram)[^\\n.;]{0,20}?(?<![a-z])(?:toi da|khong qua)\\s*\\d");
  /**
   * The writer's own part unclear or withdrawn: "phần của mình chưa rõ", "góp vốn cùng nhà đầu
   * tư khác", "kinh phí em chưa chốt", "bỏ con số 500tr lúc nãy đi"; or not decided yet: "chưa
   * thống nhất", "dự toán 3,2 tỷ, đang trình", "đang xin duyệt bổ sung".
   */
  private static final Pattern OWN_UNCLEAR =
      Cues.words("phan (?:cua )?(?:minh|em|cong ty|cty|htx|doanh nghiep|chung toi|ben em)(?: [a-z]+){0,2}? chua"
          + " (?:ro|xac dinh|chot|biet)|gop von (?:cung|voi)|(?:kinh phi|ngan sach|chi phi|so tien)(?: [a-z]+){0,3}?"
          + " chua chot|bo (?:con so|so tien|so)(?: [a-z0-9]+){0,4}? di"
          + "|chua thong nhat|dang trinh(?! bay)|dang cho duyet|cho duyet|dang xin duyet|xin duyet bo sung");
  /**
   * "HTX đã có 1 tỷ, đang vay thêm.": a loan still sought, ending its clause with no amount, is part
   * of the money; not "vay thêm được bao nhiêu thì tính" nor "không vay thêm đâu".
   */
  private static final Pattern LOAN_SOUGHT =
      Pattern.compile("(?<![a-z])(?<!khong )(?:dang|se|con phai|phai) (?:xin )?vay(?: them)?\\s*(?:[.,;!?\\n]|$)");
  /** "ngân sách 30 triệu, vượt 35 là thôi": a target and a cap, written either way by staff. */
  private static final Pattern CAP_BESIDE =
      Pattern.compile("(?<![a-z])(?:vuot|qua)(?: qua)?(?: muc)? \\d[^.?!\\n]{0,15}(?<![a-z])(?:la|thi) thoi(?![a-z])");
  /** "1 tỷ chút" after "hơn": a little more than, neither the amount nor a floor. */
  private static final Pattern A_BIT_AFTER = Pattern.compile("^\\s*(?:mot )?(?:chut|ti|xiu)(?![a-z])");
  /**
   * "ngân sách 7-8 trăm triệu, có thể lên 1 tỷ nếu có lò sấy": a range then a raise is three
   * readings (700–800, 700–1000, up to 1 tỷ), and so is one stretched on a condition ("300 – 400
   * triệu, nếu máy tốt hơn nữa thì chi tới 500 triệu cũng được"); a single amount raised ("1ty2, có thể nâng lên 1ty5")
   * stays a range.
   */
  private static final Pattern RANGE_RAISED =
      Pattern.compile("\\d\\s*(?:-|–|den|toi)\\s*\\d[^,;.]*[,;][^\\d]*(?<![a-z])(?:len|nang|tang|them|neu)(?![a-z])");
  /** "thì chi 2-3 tỷ cũng đáng": a payback argued, not money set aside. */
  private static final Pattern WORTH_AFTER =
      Pattern.compile("^[^.?!\\n]{0,20}(?<![a-z])(?:cung|moi|van) dang(?![a-z])");
  /** "2.000.000.000đ (hai trăm triệu đồng)": the same amount in digits and words, disagreeing. */
  private static final Pattern IN_WORDS_BETWEEN =
      Pattern.compile("^\\s*(?:d|dong|vnd)?\\s*\\(\\s*(?:bang chu\\s*:?\\s*)?$");

  /**
   * "Đơn vị tính: 1.000đ" over a form: its figures are in thousands (or millions); the header is
   * not applied, so the form's bare figures are no budget.
   */
  private static final Pattern UNIT_HEADER =
      Cues.words("(?:don vi tinh|dvt)\\s*:?\\s*(?:1[.,]000(?:[.,]000)?\\s*(?:d|dong|vnd)?|nghin|ngan|trieu|ty)");
  /** "chỉ được tầm 50 60 tr": a bare number right before the amount, 50–60 or 60 alone? */
  private static final Pattern BARE_NUMBER_BEFORE = Pattern.compile("(?<![\\d.,])\\d+\\s+$");

  /**
   * "hôm trước em báo 700 triệu, giờ em nâng lên tầm 1 tỷ": once the earlier figure gives way
   * (BudgetCorrections), the raise left alone reads as a ceiling; the writer means the new figure,
   * so neither shape is stored.
   */
  private static final Pattern RAISED_NOW =
      Cues.words("(?:gio|bay gio|nay|gio thi) (?:em |minh |toi |ben em |cong ty |htx )?(?:nang|tang) len");

  /**
   * The writer names an amount it gave as someone else's or no spending: "cái 500tr em nói lúc nãy
   * là giá bên bán báo", "đấy là bên bán báo thôi", "con số 2 tỷ trong tin trước là doanh thu",
   * "chứ không phải tiền em có". What it has instead is often a bare number ("tầm 300"): null.
   */
  private static final Pattern RELABELLED =
      Cues.words("(?:day|do|cai|con so|so)(?: [a-z0-9]+){0,8}? la (?:gia )?(?:ben ban|nguoi ban|ben kia|nha cung cap"
          + "|ncc|hang|dai ly|tiem|nguoi ta|ho) (?:bao|chao)|(?:con so|so)(?: [a-z0-9]+){0,8}? la (?:doanh thu"
          + "|loi nhuan|thu nhap|von dieu le)|chu khong phai (?:la )?(?:tien|kinh phi|ngan sach|von)");
  /**
   * "dưới 1 tỷ thì em tự quyết, trên thì phải xin Tổng giám đốc": a threshold told both ways says
   * who decides, not what will be spent.
   */
  private static final Pattern THRESHOLD_BOTH_WAYS =
      Pattern.compile("(?<![a-z])(?:duoi|tren|qua|hon)\\s*\\d[^.?!\\n]{0,25}?(?<![a-z])thi(?![a-z])[^.?!\\n]{0,50}?"
          + "[,;]\\s*(?:con )?(?:tren|duoi|qua|hon)(?: (?:muc |con so )?(?:do|nay|nua))?\\s*thi(?![a-z])");
  /** "Giá trần cho gói thiết bị … do HĐQT đặt ra là 6 tỷ": a ceiling too far from its amount to be read as one. */
  private static final Pattern CEILING_UNREAD =
      Cues.words("(?:gia|muc) tran|tran (?:kinh phi|ngan sach|gia)|(?:kinh phi|ngan sach|chi phi|von) toi da");
  /**
   * "em nghĩ chắc cũng phải 1 tỷ": the writer's guess of what the thing costs, not money it commits;
   * a bound guessed ("chắc phải hơn 1 tỷ") is read as one by labellers and stays.
   */
  private static final Pattern GUESSED_PRICE =
      Pattern.compile("(?<![a-z])chac(?: la)?(?: cung)? phai(?: (?:mat|het|tam|khoang|co))?\\s*$");
  /**
   * "đã chuyển cọc 50 triệu giữ máy cán tôn, giá máy 380 triệu": with a deposit paid, the price
   * in the same sentence is that of a purchase under way, not a budget to come (labellers split: money6 and money9 the
   * price, money13 and money21 none).
   */
  private static final Pattern DEPOSIT_PAID = Cues.words("(?:dat|chuyen|dong|nop|tra|tien) coc|coc giu");
  /**
   * "vay vốn ngân hàng tối đa được 1ty, tiền mình có 300tr": a loan it can get beside cash it has,
   * with nothing tying the cash to the thing ("… dành cho việc này", "còn tiền cho máy thì em có
   * 120tr"): the cash, or both?
   */
  private static final Pattern LOAN_OFFERED =
      Pattern.compile("(?<![a-z])(?:cho vay|duyet(?: cho)? vay|vay(?: [a-z]+){0,3}? (?:toi da )?duoc)(?: [a-z]+){0,2}?\\s*\\d");
  private static final Pattern CASH_HELD = Pattern.compile("(?<![a-z])co(?: san)?(?: khoang| tam)?\\s*$");
  private static final Pattern CASH_TIED =
      Cues.words("danh cho|cho viec|de mua|de lam|cho may|cho he thong|cho day chuyen");
  private static final Pattern PRICE_OR_CONTRACT =
      Pattern.compile("(?<![a-z])(?<!chuyen )(?:gia|hop dong|tri gia|gia tri)(?: [a-z]+){0,3}?\\s*:?\\s*$");
  /**
   * "đề nghị Sở hỗ trợ 200 triệu … Tổng mức đầu tư dự kiến khoảng 650 triệu": support asked as an
   * amount beside a total that includes it; the business's own part is not stated (the difference
   * is a number it never wrote).
   */
  private static final Pattern SUPPORT_AMOUNT_ASKED =
      Pattern.compile("(?<![a-z])(?:de nghi|xin|mong|can)(?: [a-z]+){0,2}? ho tro(?: kinh phi)?(?: (?:khoang|tam|la))?\\s*\\d+(?:[.,]\\d+)?\\s*(?:trieu|ty|ti|tr|cu)(?![a-z])");

  /** True when the message leaves the business's own amount unsettled. */
  static boolean unsure(Message m, Span budget) {
    String folded = m.folded();
    String after = m.after(budget.end());
    String span = folded.substring(budget.start(), budget.end());
    return REST_ASKED.matcher(folded).find() && NO_OWN_AMOUNT.matcher(folded).find()
        || HINGES_ON_SUPPORT.matcher(folded).find()
        || supportShare(m, budget) || OWN_UNCLEAR.matcher(folded).find() || LOAN_SOUGHT.matcher(folded).find()
        || CAP_BESIDE.matcher(folded).find() || A_BIT_AFTER.matcher(after).find()
        || RANGE_RAISED.matcher(span).find() || WORTH_AFTER.matcher(after).find()
        || wordsDisagree(folded, m.amounts()) || UNIT_HEADER.matcher(folded).find()
        || budget.min() == null && RAISED_NOW.matcher(folded).find()
        || RELABELLED.matcher(folded).find() || THRESHOLD_BOTH_WAYS.matcher(folded).find()
        || exactBesideCeiling(folded, budget) || guessedPrice(folded, budget) || cashBesideLoan(folded, budget) || depositedPrice(folded, budget) || supportBesideTotal(folded, budget)
        || CAPPED_SHARE_ASKED.matcher(folded).find() || BudgetShares.ownPartOnlyAShare(folded)
        || BARE_NUMBER_BEFORE.matcher(folded.substring(0, budget.start())).find();
  }

  private static boolean exactBesideCeiling(String folded, Span budget) {
    String before = folded.substring(BudgetRoles.sentenceStart(folded, budget.start()), budget.start());
    return budget.min() != null && budget.min().equals(budget.max()) && CEILING_UNREAD.matcher(before).find();
  }

  private static boolean cashBesideLoan(String folded, Span budget) {
    return LOAN_OFFERED.matcher(folded).find() && CASH_HELD.matcher(folded.substring(0, budget.start())).find()
        && !CASH_TIED.matcher(sentence(folded, budget)).find();
  }

  /** The budget's sentence, up to its end. */
  private static String sentence(String folded, Span budget) {
    int from = BudgetRoles.sentenceStart(folded, budget.start());
    return folded.substring(from, BudgetRoles.sentenceEnd(folded, budget.end()));
  }

  private static boolean guessedPrice(String folded, Span budget) {
    return budget.min() != null && budget.min().equals(budget.max())
        && GUESSED_PRICE.matcher(folded.substring(0, budget.start())).find();
  }

  private static boolean depositedPrice(String folded, Span budget) {
    String before = folded.substring(BudgetRoles.sentenceStart(folded, budget.start()), budget.start());
    return DEPOSIT_PAID.matcher(before).find() && PRICE_OR_CONTRACT.matcher(before).find();
  }

  private static boolean supportBesideTotal(String folded, Span budget) {
    String before = folded.substring(BudgetRoles.sentenceStart(folded, budget.start()), budget.start());
    return BudgetDoubts.NAMED_TOTAL.matcher(before).find() && SUPPORT_AMOUNT_ASKED.matcher(folded).find();
  }

  private static boolean supportShare(Message m, Span budget) {
    Matcher share = SUPPORT_PERCENT.matcher(m.folded());
    String window = m.windowBefore(budget.start());
    return share.find() && PRICE.matcher(window).find() && !BudgetDoubts.TIED.matcher(window).find();
  }

  private static boolean wordsDisagree(String folded, List<Amount> amounts) {
    for (int k = 0; k + 1 < amounts.size(); k++) {
      Amount a = amounts.get(k);
      Amount b = amounts.get(k + 1);
      if (IN_WORDS_BETWEEN.matcher(folded.substring(a.end(), b.start())).matches()
          && a.value().compareTo(b.value()) != 0) {
        return true;
      }
    }
    return false;
  }
}

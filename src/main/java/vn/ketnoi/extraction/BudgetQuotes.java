package vn.ketnoi.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.extraction.Money.Span;

/**
 * Someone else's figure is not the business's budget: a seller's quote ("báo giá 650tr", "bên kia
 * báo 650tr", "viện đề xuất 450tr", "họ hét giá 3 tỷ", "bên kia đòi 400tr", "em hỏi chỗ khác thì 1,5 tỷ"), what another
 * spent ("người ta làm hết 500tr"), hearsay ("nghe nói … tầm 700 củ", "anh Tú bảo máy tầm 350tr",
 * "hỏi thăm thì máy tầm 120tr") and a market price ("giá trên mạng 600tr - 1 tỷ", "xem giá từ 300
 * đến 900 triệu", "giá tầm 400-600tr, e đang xem"). The figure is the other's from the cue to the
 * amount, and for every amount listed after it in the sentence ("báo giá 3 bên: 45tr, 60tr,
 * 120tr"), until the business speaks of its own ("bên em duyệt 280tr", "e tính chừng 500",
 * "trang trại chỉ có 250 triệu"). A figure the business then takes as its own ("báo giá 780 triệu,
 * bên em chấp nhận được mức đó") is its budget. A plain "giá" is no cue: "máy giá tầm 3 tỷ" is most
 * often what the business means to pay. A message naming only others' figures names no budget.
 */
final class BudgetQuotes {
  private BudgetQuotes() {}

  /**
   * The business speaking of its own money: who it is, or a verb of having, arranging, planning or
   * approving ("toi" before a number is "tới" typed plain: "bao gia toi 500tr").
   */
  private static final Pattern OWN =
      Pattern.compile("(?<![a-z])(?<!cua )(?:e|em|minh|tui|toi(?!\\s*(?:da\\s*)?\\d)|chung (?:toi|em|minh)|bon (?:em|minh|toi)"
          + "|ben (?:e|em|minh|toi|tui)|nha (?:e|em|minh|toi)|htx|sep|ban giam doc|giam doc|hdqt|trang trai"
          + "|co so|xuong|doanh nghiep|cong ty|cty|dap ung|can doi|chi co|lo (?:duoc|dc|noi)|xoay|gom|bo ra|bo tri|thu xep|huy dong|duyet"
          + "|tinh|dinh|du kien|du tinh|danh|de ra|chuan bi|chap nhan|dong y|san sang)(?![a-z])");
  /**
   * "Ông hàng xóm làm hầm biogas hết 25 triệu": what a neighbour, a relative or a friend paid for
   * the thing, with no word of the business's own between them ("cơ sở em làm lò hết", "bên em mua
   * máy hết" are its own).
   */
  private static final String PAID_BY_OTHERS =
      "(?:hang xom|ke ben|nha ben|nguoi quen|ban (?:e|em|minh|toi)|ong|ba|bac|chu|co|anh|chi(?! phi)|nguoi ta)"
          + "(?: (?!(?:e|em|minh|toi|tui|so|chung|bon|nha)(?![a-z]))[a-z]+){0,3}? (?:lam|mua|lap)(?: [a-z]+){0,3}? het";
  /**
   * A figure that is someone else's in any wording: quotes, hearsay, the market; "X bảo/báo/đề
   * xuất" after one who is not the business ("bảo quản", "bao bì", "bao nhiêu" are other words).
   */
  private static final Pattern OTHERS =
      Pattern.compile("(?<![a-z])(?:(?<!(?:ai|can|xin|nho|muon|moi) )bao gia|chao gia|ra gia|hoi gia|xem gia|tham khao gia|bang gia"
          + "|hoi(?: [a-z]+){0,3}? thi(?: (?:ho|nguoi ta|ben do|ben ay))? (?:bao|chao)|" + PAID_BY_OTHERS
          + "|du toan cua|theo (?:de xuat|tu van|du toan|uoc tinh|tinh toan) cua|nghe noi|nghe bao|nghe dau"
          + "|nghe (?:nguoi ta|ho|ben)|hoi tham|tren mang|ngoai cho|hoi cho|thi truong|het gia|(?:cho|ben|noi|hang|tiem|nha) khac"
          + "|(?:ben|ho|nguoi ta|ky su|tho|vien|nha cung cap|anh|chi(?! phi)|ong|chu|co|bo|me|ba|thay"
          + "|ban (?:e|em|minh|toi))(?: (?!ai(?![a-z]))[a-z]+){0,3}?"
          // "đòi" (ask) only right before its figure: "đối ứng", "đổi" fold alike. Not "nói": it folds
          // like "nổi" ("lo nổi 3 tỷ"), and a figure another says may be the floor the business accepts.
          + " (?:bao|de xuat|uoc tinh|doi(?=\\s*\\d)"
          + "|lam het|mua het)"
          + "(?! (?:bi|nhieu|quan|gom|ham|hanh|ve|tri|dam|cao|duong|lanh|hiem|an|toan)))(?![a-z])");
  /** "báo giá của Công ty Cơ khí Minh Tâm là …": the party named after "của" is not the business. */
  private static final Pattern OTHER_PARTY = Pattern.compile("(?<![a-z])cua [^,:;]*?(?= la |:|,|$)");
  /** "Kinh phí dự kiến: theo báo giá 2 tỷ": a budget label right before the cue takes the quote as its own. */
  private static final Pattern LABEL_BEFORE =
      Pattern.compile("(?<![a-z])(?:kinh phi|ngan sach|chi phi|du tru|von dau tu)(?: du kien| du tinh)?\\s*:?"
          + "(?:\\s*(?:theo|la|bang|khoang|tam|chung))*\\s*$");
  /**
   * "chi phí bên dịch vụ báo 25 triệu": a cue that names the other party first is theirs even after
   * a cost label ("Kinh phí: theo báo giá 2 tỷ" is adopted).
   */
  private static final Pattern PARTY_FIRST =
      Pattern.compile("(?:ben|ho|nguoi ta|ky su|tho|vien|nha cung cap|ncc|dai ly|xuong|cong ty|cty|hang|tiem) ");
  /**
   * "Xưởng cơ khí ở Biên Hòa báo 260 triệu": "báo", with its marks, right before a figure is
   * someone reporting a price to the business ("bảo", say, and "bao" typed plain are other words);
   * not when the business is the one who tells it ("em báo"). "Báo giá" is read by the cues above,
   * which a form label may adopt.
   */
  private static final Pattern REPORTED =
      Pattern.compile("(?<!\\p{L})(?<!(?:em|mình|tôi|tui|e) )báo(?:\\s+(?:là|khoảng|tầm|chừng|cỡ|lên|tới|đến|ra|mức|luôn))*\\s*$");
  /** "gia tam 400-600tr, e dang xem": a price the business is only looking at. */
  private static final Pattern LOOKED_AT_AFTER =
      Pattern.compile("^[^.!?;\\n\\d]{0,25}?(?<![a-z])dang (?:xem|tim hieu|tham khao|so sanh|hoi)(?![a-z])");
  /**
   * "…, bên em chấp nhận mức đó", "là em lo dc", "bên em ok mức giá này": the figure taken as its
   * own, in its sentence only ("báo giá 1,4 tỷ và 1,7 tỷ. Bên em chấp nhận mức nào thấp hơn" takes
   * neither).
   */
  private static final String TAKING =
      "(?<![a-z])(?:chap nhan|dong y|ok|oke|lo (?:duoc|dc)|chiu duoc|san sang|chuan bi du|du (?:von|tien|kha nang))(?![a-z])";
  private static final Pattern TAKEN_AFTER = Pattern.compile("^[^.!?;\\n\\d]{0,40}?" + TAKING);
  /** A reported price taken past a semicolon: "… báo là 220 triệu đồng; Công ty đồng ý chi trả". */
  private static final Pattern TAKEN_SOON_AFTER = Pattern.compile("^[^.!?\\n\\d]{0,60}?" + TAKING);

  /** True when {@code s} is a figure the text gives as someone else's. */
  static boolean othersFigure(String nfc, String folded, Span s) {
    int from = BudgetRoles.sentenceStart(folded, s.start());
    String sentence = folded.substring(from, s.start());
    String after = folded.substring(s.end());
    int[] cue = lastCue(sentence);
    // A label adopts a bare quote ("theo báo giá 2 tỷ"), not one its cue names as another's ("theo đề xuất của Trường").
    String cueWords = sentence.substring(Math.max(cue[0], 0), Math.max(cue[1], 0));
    boolean adopted = LABEL_BEFORE.matcher(sentence.substring(0, Math.max(cue[0], 0))).find()
        && !cueWords.endsWith("cua") && !PARTY_FIRST.matcher(cueWords).lookingAt();
    boolean quoted = cue[1] >= 0 && !adopted
        && !OWN.matcher(OTHER_PARTY.matcher(sentence.substring(cue[1])).replaceAll(" ")).find();
    String written = nfc.substring(nfc.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1, s.start()).toLowerCase(Locale.ROOT);
    boolean reported = REPORTED.matcher(written).find() && !TAKEN_SOON_AFTER.matcher(after).find();
    boolean others = quoted || LOOKED_AT_AFTER.matcher(after).find() || reported;
    return others && !TAKEN_AFTER.matcher(after).find();
  }

  /** Where the last cue of someone else's figure in {@code text} starts and ends; {-1, -1} if none. */
  private static int[] lastCue(String text) {
    Matcher m = OTHERS.matcher(text);
    int[] cue = {-1, -1};
    while (m.find()) {
      cue = new int[] {m.start(), m.end()};
    }
    return cue;
  }
}

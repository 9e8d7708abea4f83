package vn.ketnoi.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;

/** What a message is (a need, a question, a greeting, other), read by rules on its folded text. */
final class Intents {
  private Intents() {}

  private static final Lexicon<Boolean> GREETINGS =
      new Lexicon<Boolean>()
          .add(true, "chào", "xin chào", "hello", "hi", "alo", "cảm ơn", "cám ơn", "thanks",
              "thank", "tks", "thx", "chúc", "ok", "oke", "okay", "vâng", "dạ", "bye", "tạm biệt");
  private static final Lexicon<Boolean> ABUSE =
      new Lexicon<Boolean>()
          .add(true, "ngu", "ngu ngốc", "vô dụng", "vớ vẩn", "lừa đảo", "vcl", "vkl", "khốn nạn");
  private static final Pattern OFF_TOPIC =
      Cues.words(
          "ignore (all )?(the )?(previous|above|prior)|bo qua (tat ca |moi )?(cac )?(huong dan|chi dan|lenh|yeu cau)"
              + "|tu (gio|bay gio|nay) (ban|may|mi|em) (la|dong vai|se la)|dong vai|system prompt|jailbreak"
              + "|co phieu|chung khoan|crypto|bitcoin|tien ao|forex|tuyen (dung )?(cong tac vien|ctv)"
              + "|lam tai nha|thu nhap (tu )?\\d|ib ngay|inbox ngay|kiem tien|vay tien|vay nhanh"
              + "|ca cuoc|ca do|xo so|lo de|casino|https?://"
              + "|tai khoan game"
              + "|ban dat|dat nen|so do trao tay|bat dong san|nha dat|vay tieu dung|giai ngan nhanh"
              + "|khuyen mai|giam gia soc|sale off");
  /**
   * Off-topic too, but also what a business may say in passing ("dự báo thời tiết", "ai bán ib
   * mình"): a need clause outweighs these on its own.
   */
  private static final Pattern CHATTER =
      Cues.words("bai tho|bai hat|ke chuyen|thoi tiet|bong da|inbox|ib (minh|em|ngay|shop)|tin nhan thu"
          + "|test bot|con hang khong|hi shop|shop oi|ship cod"
          // a job question: "còn tuyển kế toán không ạ?"
          + "|(con|co|dang) tuyen( dung)?( [a-z]+){1,4} (khong|ko|k|hong|khum|nua khong)");
  private static final Pattern QUESTION =
      Cues.words(
          "cho (em|toi|minh|tui|chau|anh|chi|con|bac)?\\s*hoi|xin hoi|muon hoi|hoi (ve|chut|thu)"
              + "|bao nhieu|o dau|the nao|nhu the nao|lam sao|bao lau|khi nao|luc nao|la gi|ra sao"
              + "|(duoc|khong|ko|hong|hem|khum) (a|vay|ha|nhi|ad|so|ta)?\\s*[.!]*$|vay ad|vay a\\b"
              // a formal letter asks by requesting: "Đề nghị Sở hướng dẫn thủ tục …"
              + "|(de nghi|xin|nho|mong|kinh mong) (so|quy so|ben so|quy co quan)( khcn| kh&cn| khoa hoc"
              + " va cong nghe)? (huong dan|giai dap|cho biet|thong tin|tra loi|giai thich|cung cap thong tin)");
  /** "cho em hỏi", "mình muốn hỏi" anywhere: the writer says they are asking. */
  private static final Pattern ASKS =
      Cues.words("(cho|xin|muon|can) (em |toi |minh |tui |chau |anh |chi )?hoi|hoi chut|hoi thu");
  /** How-to and where questions: "làm thế nào", "ở đâu". */
  private static final Pattern HOW =
      Cues.words("lam the nao|lam sao|nhu the nao|the nao|o dau|bao lau|khi nao|luc nao");
  /** An ask that opens the message and stands apart from what follows: "Bác cho cháu hỏi, …". */
  private static final Pattern OPENER =
      Pattern.compile("^[^.!?]{0,30}?(?<![a-z])(cho|xin|muon) (em |toi |minh |tui |chau |con |anh |chi )?hoi"
          + "( (chut|thu|cac (bac|anh chi)|a|voi))?\\s*[,.:!]");
  /**
   * "Sở có chương trình nào hỗ trợ vay vốn đổi mới công nghệ ko": whether the Sở has a kind of
   * help, asked as "có … không"; its words name a need, but it asks about programmes.
   */
  private static final Pattern ASKS_WHETHER_THERE_IS =
      Pattern.compile("^\\W*((so|ad|admin|anh chi)( oi)?\\W*)?((ben |quy )?so |tinh |nha nuoc )?(hien )?co"
          + " (chuong trinh|chinh sach|quy|goi|hinh thuc|co che|du an)\\b[^.!?]*(khong|ko|k|hong|khum)"
          + "( (a|vay|ha|nhi|ad|so))?\\W*$");
  private static final Pattern ASKS_FIRST =
      Pattern.compile("^\\W*((so|ad|admin|anh chi)( oi)?\\W*)?(cho (em|toi|minh|tui|chau|anh|chi|con|bac)?\\s*hoi|xin hoi|muon hoi)");

  /**
   * Where the writer says they ask ("cho em hỏi", "xin hỏi"), or -1. What comes before it is
   * about the writer ("Em ở Bến Tre, cho em hỏi ..."); what comes after, the question's topic.
   */
  static int askAt(String folded) {
    Matcher m = ASKS.matcher(folded);
    return m.find() ? m.start() : -1;
  }

  /**
   * The question a need also asks: from "cho tôi hỏi" to the end of its sentence, else the clause
   * that ends with "?" ("…, có được hỗ trợ kinh phí không em?"); null when it asks nothing.
   */
  static String questionIn(Doc doc) {
    String text = doc.original();
    int from = askAt(doc.folded());
    int mark = text.indexOf('?', Math.max(from, 0));
    if (from < 0 && mark < 0) {
      return null;
    }
    if (from < 0) {
      from = mark;
      while (from > 0 && ".!?;,\n".indexOf(text.charAt(from - 1)) < 0) {
        from--;
      }
    }
    int to = from;
    while (to < text.length() && ".!?;\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    String question = text.substring(from, Math.min(text.length(), to + 1)).strip();
    return question.length() < 8 ? null : question;
  }

  /**
   * "Các bác cho em hỏi, nhà em muốn lắp hệ thống tưới …": a message that opens by asking (the ask
   * set off by a comma or a stop) and then states a need for a thing is a need; "Cho em hỏi muốn
   * đăng ký nhãn hiệu thì làm thế nào?" names a procedure, not a thing, and stays a question.
   */
  private static boolean opensThenNeeds(String folded, NeedCard card, int needClauseAt) {
    Matcher opener = OPENER.matcher(folded);
    boolean thing = card.needType() == NeedType.THIET_BI || card.needType() == NeedType.PHAN_MEM
        || card.needType() == NeedType.QUY_TRINH;
    return thing && opener.find() && needClauseAt >= opener.end();
  }


  /**
   * A need when the message has a need clause and does not only ask; a question when it asks;
   * a greeting when it is short, greets and states little; otherwise a need when it states enough
   * of one or who the business is, else other. {@code needClauseAt}: where a need verb heading a
   * need type starts ("cần đào tạo"), -1 when there is none; {@code needVerb}: a need verb outside
   * requests made of the department.
   */
  static Intent read(Doc doc, NeedCard card, int needClauseAt, boolean needVerb) {
    String folded = doc.folded();
    boolean needClause = needClauseAt >= 0;
    boolean identified = (card.companyName() != null || card.contactName() != null)
        && (card.phone() != null || card.email() != null);
    // Off-topic phrases are short and fold onto ordinary words ("con thoi tiết kiệm" holds "thoi
    // tiet"): they do not outweigh a need clause with who is asking and how to reach them.
    if ((OFF_TOPIC.matcher(folded).find() && !(needClause && identified))
        || (CHATTER.matcher(folded).find() && !needClause)
        || (!needClause && !ABUSE.find(doc).isEmpty())) {
      return Intent.OTHER;
    }
    // "Xin hỏi ở Hà Nội mua máy in 3D ở đâu?": where to get a thing is a need for a supplier.
    boolean thing = card.needType() == NeedType.THIET_BI || card.needType() == NeedType.PHAN_MEM;
    if (thing && Cues.asksWhereToGet(folded)) {
      return Intent.NEED;
    }
    boolean statesBusiness = card.hasBudget() || card.companyName() != null
        || card.phone() != null || card.email() != null;
    boolean asksWhether = ASKS_WHETHER_THERE_IS.matcher(folded).find() && !statesBusiness;
    boolean asks = folded.contains("?") || QUESTION.matcher(folded.strip()).find() || asksWhether;
    // "mình muốn hỏi thủ tục đăng ký nhãn hiệu?" asks; "cty cần máy sấy 2 tỷ, cho hỏi..." needs,
    // and so does a need told first and asked about after ("cần dây chuyền sơn, cho tôi hỏi ...").
    Matcher saysAsks = ASKS.matcher(folded);
    boolean asksFirst = saysAsks.find() && !(needClause && needClauseAt < saysAsks.start());
    boolean onlyAsks = !opensThenNeeds(folded, card, needClauseAt)
        && (ASKS_FIRST.matcher(folded).find() || asksWhether
            || ((asksFirst || HOW.matcher(folded).find()) && !statesBusiness
                && !(needClause && Cues.asksWhereToGet(folded))));
    if (needClause && !onlyAsks) {
      return Intent.NEED;
    }
    if (asks) {
      return Intent.QUESTION;
    }
    double needScore =
        (needVerb ? 1 : 0)
            + (card.supportWanted().isEmpty() ? 0 : 2)
            + (card.sector() != null ? 1 : 0)
            + (card.needType() != null ? 1 : 0)
            + (card.hasBudget() ? 1 : 0)
            + (card.originCountries().isEmpty() ? 0 : 0.5);
    if (needScore < 2 && !GREETINGS.find(doc).isEmpty() && doc.words().size() <= 15) {
      return Intent.GREETING;
    }
    boolean identifiesBusiness =
        card.phone() != null || card.email() != null || card.companyName() != null
            || card.contactName() != null;
    // A need told over several messages: "Tôi là Nam, sđt 0912 345 678" belongs to the need.
    return needScore >= 2 || identifiesBusiness ? Intent.NEED : Intent.OTHER;
  }
}

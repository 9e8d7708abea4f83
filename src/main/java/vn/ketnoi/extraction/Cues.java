package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Support;

/**
 * Phrase cues read from the folded text: origin wishes, support wishes, headcount, timeline. Folded
 * text is enough here: these phrases are long enough not to collide with other words.
 */
final class Cues {
  private Cues() {}

  /** A pattern that matches whole words only, so "dự báo hỏng" does not contain "bảo hộ". */
  static Pattern words(String regex) {
    return Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])");
  }

  /** "nhận thiết kế, lắp …", "nhận làm …": a supplier taking the work on. */
  private static final String TAKES_ON =
      "nhan (lam|thiet ke|lap|lap dat|thi cong|gia cong|che tao|san xuat|cung cap|chuyen giao|viet)";

  /** "mua ở đâu", "ai bán", "chỗ nào bán": asking where to get it is asking to be connected. */
  static final String WHERE_TO_GET =
      "(mua|dat hang|dat mua|tim mua|dat lam|thue)( [^.;!?,]{1,60}?)? (o|tai|cho|noi) (dau|nao)"
          + "|ai (ban|cung cap|lam duoc|che tao duoc|co ban|co cung cap|" + TAKES_ON + ")"
          + "|(cho|noi|dia chi|don vi|ben|cong ty|hang|co so|xuong) nao (co )?(ban|cung cap|lam duoc|che tao"
          + "|" + TAKES_ON + ")";

  static boolean asksWhereToGet(String folded) {
    return words(WHERE_TO_GET).matcher(folded).find();
  }

  private static final Pattern ANY_ORIGIN =
      words(
          "(khong|ko|k|chang|chua) (yeu cau|can|quan trong|quan tam|phan biet|bat buoc)( ve)? "
              + "(xuat xu|nguon goc|nuoc)"
              + "|(xuat xu|nguon goc|nuoc|hang|may nuoc|cong nghe nuoc|nuoc ngoai) nao cung (duoc|dc|ok|xai duoc)"
              + "|trong nuoc (hay|hoac|hoac la|voi) (nuoc ngoai|ngoai nhap|ngoai) (deu|cung|thi cung) (duoc|dc|ok)"
              + "|(noi|ngoai) (hay|hoac) (ngoai|noi) (deu|cung) (duoc|dc)");
  private static final Pattern FOREIGN =
      words(
          "(?<!(thi truong|xuat khau|ban ra|xuat ra|ra|sang|khach hang|von|von dau tu|dau tu|fdi) )nuoc ngoai"
              + "|ngoai nhap|nhap ngoai|nhap khau (cong nghe|thiet bi|may|day chuyen)"
              + "|doi tac (cong nghe )?quoc te|chuyen gia quoc te");
  private static final Pattern DOMESTIC =
      words(
          "(?<!(thi truong|tieu thu|ban|tieu dung|phan phoi|cung cap cho thi truong) )"
              + "(trong nuoc|noi dia)(?! (va|hay|hoac) (nuoc ngoai|xuat khau))"
              + "|cong nghe (viet nam|viet|cua viet nam)|hang viet nam");

  static OriginScope origin(String folded, boolean countriesNamed) {
    if (ANY_ORIGIN.matcher(folded).find()) {
      return OriginScope.KHONG_YEU_CAU;
    }
    if (countriesNamed || FOREIGN.matcher(folded).find()) {
      return OriginScope.NUOC_NGOAI;
    }
    if (DOMESTIC.matcher(folded).find()) {
      return OriginScope.TRONG_NUOC;
    }
    return null;
  }

  private static final Map<Support, Pattern> SUPPORT =
      Map.of(
          Support.TAI_CHINH,
          words(
              "ho tro(?:[^.;!?]{0,25}?)(kinh phi|chi phi|von|tai chinh|hoc phi|\\d+ ?%|tien|ngan sach"
                  + "|lai suat|vay)"
                  + "|vay (von|uu dai|tin dung)|cho vay|tai tro|cap kinh phi|cap von"
                  // in kind: "hỗ trợ trang thiết bị, máy móc", "hỗ trợ mua máy"
                  + "|ho tro (them |cho (chung )?(toi|em|minh|htx|cong ty) |ve )?(trang thiet bi|thiet bi"
                  + "|may moc|may|vat tu|cay giong|con giong|giong|phan bon|co so vat chat|dung cu"
                  + "|(mot phan )?(mua|dau tu))"
                  // "loại nhỏ, kinh phí …": typed with or without marks, "nhỏ" (small) folds onto "nhờ"
                  + "|(xin|de nghi|(?<!(loai|quy mo|co|vua|rat|kha|hon|cong suat|dien tich|may|xuong) )nho"
                  + "(?! (gon|le|hon|va vua|xiu))|mong)[^.;!?]{0,20}(kinh phi|tai tro)"),
          Support.KET_NOI,
          words(
              "(?<!(phan mem|ung dung|app|nen tang|he thong|thiet bi) )"
                  + "(ket noi|gioi thieu|cau noi|mai moi|dau moi)(?! (internet|wifi|mang|bluetooth|voi cac dai ly|may tinh|bao hiem|he thong|du lieu|api))"
                  + "|tim (kiem )?(doi tac|nha cung cap|don vi|hang|ben|chuyen gia|nguon|noi)"
                  + "|(danh sach|thong tin|dia chi) (cac )?(nha cung cap|doi tac|don vi cung cap|ben ban)"
                  + "|" + WHERE_TO_GET
                  // the department's part in a transfer: finding who transfers the technique
                  + "|ho tro (ve |viec )?(nhan )?chuyen giao (ky thuat|cong nghe|khoa hoc)"
                  + "|chuyen giao (ky thuat|khoa hoc ky thuat|tien bo (khoa hoc )?ky thuat|kt)"),
          Support.TU_VAN,
          words(
              "(?<!(don vi|to chuc|cong ty|cty|dich vu|ben|nha|chuyen gia) )tu van"
                  + "|huong dan (thu tuc|ho so|cach|lam|dang ky|xay dung|quy trinh|phuong phap|ky thuat"
                  + "|van hanh|su dung|chuyen mon)|giai dap"
                  + "|ho tro (lam |ve )?(thu tuc|ho so)(?! (bao ho|dang ky (sang che|nhan hieu)))"
                  // appraisal asked of the department: "nhờ Sở thẩm định giá thiết bị"
                  + "|(so|nho|mong|de nghi|xin)[^.;!?]{0,15}(tham dinh|danh gia trinh do|dinh gia)"),
          Support.DAO_TAO,
          // Asked of the department ("Sở hỗ trợ đào tạo", "mở lớp"), not just training needed.
          words("ho tro[^.;!?]{0,20}(dao tao|tap huan|boi duong|huan luyen)|mo (lop|khoa)"
              + "|to chuc (lop|dao tao|tap huan)|(nho|de nghi|mong) so[^.;!?]{0,15}(dao tao|tap huan)"),
          Support.SO_HUU_TRI_TUE,
          words(
              "bao ho|so huu tri tue|shtt|nhan hieu|chi dan dia ly|kieu dang cong nghiep"
                  + "|(dang ky|nop don|xac lap)[^.;!?]{0,15}(sang che|giai phap huu ich|ban quyen)"));

  /** "không cần hỗ trợ tiền", "ko xin kinh phí": the help named is the help not wanted. */
  private static final Pattern DECLINED =
      Pattern.compile("(?<![a-z])(khong|ko|k|kh|chua|chang) (can|muon|xin|de nghi|yeu cau|nho)"
          + "( so| ben so)?( [a-z]+){0,2} $");
  /** "được ngân hàng cho vay 70%", "đang vay": a loan the business has, not one it asks for. */
  private static final Pattern OWN_LOAN =
      Pattern.compile("(?<![a-z])(ngan hang|nh|quy)( (da|se|dong y|duyet))? $|(?<![a-z])(da|dang|dinh|se|duoc) $");

  /** The support wishes in order of first mention. */
  static List<Support> support(String folded) {
    record Hit(Support support, int at) {}
    List<Hit> hits = new ArrayList<>();
    SUPPORT.forEach(
        (support, pattern) -> {
          Matcher m = pattern.matcher(folded);
          while (m.find()) {
            String before = folded.substring(Math.max(0, m.start() - 40), m.start());
            boolean loan = m.group().startsWith("vay") || m.group().startsWith("cho vay");
            if (!DECLINED.matcher(before).find() && !(loan && OWN_LOAN.matcher(before).find())) {
              hits.add(new Hit(support, m.start()));
              break;
            }
          }
        });
    // Two wishes read from one "hỗ trợ" keep the need-card order, not Map.of's, which varies by run.
    hits.sort(Comparator.comparingInt(Hit::at).thenComparing(Hit::support));
    return hits.stream().map(Hit::support).toList();
  }

  private static final String STAFF =
      "cong nhan|lao dong|nhan vien|nhan su|tho|ky su va nhan vien|ky su|nguoi lao dong|can bo"
          + "|cbcnv|cb cnv|thanh vien|xa vien|nguoi";
  private static final Pattern HEADCOUNT =
      words("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})*|\\d+)\\s*(" + STAFF + ")(?![a-z])");
  private static final Pattern HEADCOUNT_AFTER =
      words("(so )?(lao dong|nhan vien|cong nhan|nhan su)\\s*(:|la|khoang|gom)\\s*(\\d+)");
  private static final Pattern NOT_HEADCOUNT_BEFORE =
      words("(dao tao|tuyen|tuyen dung|tap huan|boi duong|huan luyen|cho|them|can)(\\s+\\S+){0,2}\\s*$");
  private static final Pattern PEOPLE_CONTEXT =
      words("(co|quy mo|gom|khoang|tong cong|tong so|voi|hon|tren)\\s*$");

  static Integer employees(String folded) {
    Matcher m = HEADCOUNT.matcher(folded);
    while (m.find()) {
      String before = folded.substring(0, m.start());
      if (NOT_HEADCOUNT_BEFORE.matcher(before).find()) {
        continue;
      }
      if (m.group(2).equals("nguoi") && !PEOPLE_CONTEXT.matcher(before).find()) {
        continue;
      }
      return Integer.valueOf(m.group(1).replaceAll("[.,]", ""));
    }
    Matcher after = HEADCOUNT_AFTER.matcher(folded);
    return after.find() ? Integer.valueOf(after.group(4)) : null;
  }

  private static final Pattern TIMELINE =
      words(
          "trong (vong )?\\d+ (thang|nam|tuan|ngay)( toi| nua)?|quy (\\d|i{1,3}|iv)(/20\\d\\d| nam 20\\d\\d)?"
              + "|(cuoi|dau|giua) (nam|thang|quy)( nay| sau| toi| 20\\d\\d)?|nam (nay|sau|20\\d\\d)"
              + "|(truoc|tu) (thang )?\\d{1,2}/\\d{4}|cang som cang tot");

  /** When the need is needed, cut from the original text as the user wrote it. */
  static String timeline(Doc doc) {
    Matcher m = TIMELINE.matcher(doc.folded());
    return m.find() ? doc.cut(m.start(), m.end()) : null;
  }
}

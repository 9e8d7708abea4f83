package vn.ketnoi.conversation;

import vn.ketnoi.extraction.Extraction;
import vn.ketnoi.card.Field;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.card.NeedCard;

/** Answers to the question the bot asked, including short ones the rules read nothing in. */
final class ShortAnswers {
  private ShortAnswers() {}

  /** The message gives what the bot asked for, whatever else it looks like. */
  static boolean answersAsked(Asked asked, NeedCard stated) {
    if (asked == null) {
      return false;
    }
    return switch (asked) {
      case CONTACT -> stated.phone() != null || stated.email() != null;
      case WHO -> stated.companyName() != null || stated.contactName() != null;
      case SECTOR -> stated.sector() != null;
      case NEED_TYPE -> stated.needType() != null;
      default -> false;
    };
  }

  /**
   * A short answer to the question the bot asked, when the rules find nothing in it: "Nguyễn Văn
   * Nam" answers "who", "máy ép cám viên" answers "what". Null when the text is not such an answer.
   */
  static NeedCard answerToQuestion(Asked asked, String text, Extraction ex) {
    NeedCard stated = ex.card();
    boolean plainAnswer = ex.intent() != Intent.QUESTION && !text.matches(".*\\d{3,}.*");
    if (asked == Asked.WHO && stated.companyName() == null && stated.contactName() == null
        && plainAnswer && text.split("\\s+").length <= 8) {
      boolean business = text.matches("(?iu)^(công ty|cty|htx|hợp tác xã|cơ sở|doanh nghiệp|"
          + "hộ kinh doanh|xưởng|trang trại|cong ty|hop tac xa|co so|doanh nghiep)\\b.*");
      return stated.mergedWith(Edits.only(business ? Field.COMPANY_NAME : Field.CONTACT_NAME, text));
    }
    if (asked == Asked.TITLE && stated.title() == null && plainAnswer
        && Products.in(text).isEmpty()
        && ex.intent() != Intent.GREETING && text.split("\\s+").length >= 2) {
      return stated.mergedWith(Edits.only(Field.TITLE, Drafting.cut(text, 200)).withDescription(text));
    }
    return null;
  }
}

package vn.ketnoi.conversation;

/**
 * What a typed reply to a yes/no choice says: yes, no, or neither (a question back, a correction
 * carrying a new value, "để em hỏi giám đốc đã"), which must never be taken as either.
 */
sealed interface YesNo permits YesNo.Yes, YesNo.No, YesNo.Neither {
  /** "đồng ý", "dạ vâng", "ok e", "ko sai gì, xác nhận", 👍. */
  record Yes() implements YesNo {}

  /** "không đồng ý", "thôi em", "chưa đâu", "đừng xóa". */
  record No() implements YesNo {}

  /** Anything else: answered as a message of its own. */
  record Neither() implements YesNo {}

  /** The choice being answered; some words answer only one ("xóa đi", "lưu lại"). */
  enum Choice { CONSENT, CONFIRM, ERASE }
}

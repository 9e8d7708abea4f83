package vn.ketnoi.conversation;

import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.Phones;
import vn.ketnoi.text.Messages;

/**
 * Why a number is not taken as the phone, said as it is: too few or too many digits with the count,
 * or, for the right count in a range not in use, that prefix; a digit count is no help to someone
 * who typed ten digits.
 */
final class PhoneRefusals {
  private PhoneRefusals() {}

  static Reply.Text of(Messages messages, Phones.Refusal refused) {
    String key = switch (refused.problem()) {
      case TOO_FEW_DIGITS -> "phone.too_few";
      case TOO_MANY_DIGITS -> "phone.too_many";
      case NOT_IN_USE -> "phone.not_in_use";
    };
    return new Reply.Text(messages.get(key, refused.typed(), refused.digits(), refused.prefix()));
  }

  /** A value typed for the phone field that does not read: why, or the usual answer. */
  static Reply.Text ofTyped(Messages messages, String typed) {
    Phones.Refusal refused = Phones.refusal(typed, true);
    return refused != null ? of(messages, refused) : new Reply.Text(messages.get("phone.invalid", typed));
  }
}

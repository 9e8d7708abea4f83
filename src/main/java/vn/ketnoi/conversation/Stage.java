package vn.ketnoi.conversation;

/** Where a chat is in the conversation. */
public enum Stage {
  /** Nothing said yet. */
  NEW,
  /** Consent asked, not given yet (or declined). */
  AWAITING_CONSENT,
  /** Consent declined: nothing is held until they agree. */
  DECLINED,
  /** Collecting the need, asking for what is missing. */
  DRAFTING,
  /** The summary is shown with Xác nhận / Sửa / Hủy. */
  CONFIRMING,
  /** "Sửa" pressed: the user picks a field. */
  CHOOSING_FIELD,
  /** A field picked: the user types its new value. */
  EDITING_FIELD,
  /** /xoadulieu asked: waiting for the user to confirm the deletion. */
  CONFIRMING_ERASE
}

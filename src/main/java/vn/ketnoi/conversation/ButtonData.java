package vn.ketnoi.conversation;

import java.util.Locale;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;

/**
 * What a button the conversation shows says when pressed: made by {@link #render} and read back by
 * {@link #parse} in this one place. Data the bot did not make (old, unknown, forged) reads as
 * {@link Expired}, never an exception.
 */
sealed interface ButtonData {

  /** The text Telegram carries back, "action:argument". */
  String render();

  /** "Đồng ý" / "Không đồng ý" under the privacy notice. */
  record Consent(boolean yes) implements ButtonData {
    public String render() {
      return "consent:" + (yes ? "yes" : "no");
    }
  }

  /** "Xóa dữ liệu" / "Không xóa". */
  record Erase(boolean yes) implements ButtonData {
    public String render() {
      return "erase:" + (yes ? "yes" : "no");
    }
  }

  /** "Dùng lại" / "Nhập mới" for the last need's contact. */
  record Reuse(boolean yes) implements ButtonData {
    public String render() {
      return "reuse:" + (yes ? "yes" : "no");
    }
  }

  /** "Xác nhận" under the summary of one draft. */
  record Confirm(String draftId) implements ButtonData {
    public String render() {
      return "confirm:" + draftId;
    }
  }

  /** "Sửa" under the summary of one draft. */
  record Edit(String draftId) implements ButtonData {
    public String render() {
      return "edit:" + draftId;
    }
  }

  /** "Hủy" under the summary of one draft. */
  record Cancel(String draftId) implements ButtonData {
    public String render() {
      return "cancel:" + draftId;
    }
  }

  /**
   * "Kinh phí 2,5 tỷ đồng" under a summary whose budget was left unsure: one of the amounts the
   * business's messages named, taken as its budget with one press.
   */
  record PickBudget(String draftId, long amount) implements ButtonData {
    public String render() {
      return "budget:" + draftId + ":" + amount;
    }
  }

  /** A field picked from "Sửa". */
  record PickField(Field field) implements ButtonData {
    public String render() {
      return "field:" + field.key();
    }
  }

  record PickSector(Sector sector) implements ButtonData {
    public String render() {
      return "sector:" + sector.code();
    }
  }

  record PickNeedType(NeedType type) implements ButtonData {
    public String render() {
      return "type:" + type.code();
    }
  }

  /** "Chuyển câu hỏi cho cán bộ Sở" under an unanswered question. */
  record PassQuestion() implements ButtonData {
    public String render() {
      return "ask:staff";
    }
  }

  /** "Xem chi tiết" under the answer after saving a need. */
  record Details(String needCode) implements ButtonData {
    public String render() {
      return "details:" + needCode;
    }
  }

  /** Anything the bot does not (or no longer) make. */
  record Expired(String data) implements ButtonData {
    public String render() {
      return data;
    }
  }

  /** "draftId:amount"; a draft id holds no colon, so the amount is after the last one. */
  private static ButtonData pickBudget(String arg) {
    int colon = arg.lastIndexOf(':');
    return colon < 0 ? new Expired("budget:" + arg)
        : new PickBudget(arg.substring(0, colon), Long.parseLong(arg.substring(colon + 1)));
  }

  static ButtonData parse(String data) {
    String raw = data == null ? "" : data;
    String[] parts = raw.split(":", 2);
    String arg = parts.length > 1 ? parts[1] : "";
    try {
      return switch (parts[0]) {
        case "consent" -> new Consent(arg.equals("yes"));
        case "erase" -> new Erase(arg.equals("yes"));
        case "reuse" -> new Reuse(arg.equals("yes"));
        case "confirm" -> new Confirm(arg);
        case "edit" -> new Edit(arg);
        case "cancel" -> new Cancel(arg);
        case "budget" -> pickBudget(arg);
        case "field" -> new PickField(Field.ofKey(arg));
        case "sector" -> new PickSector(Sector.valueOf(arg.toUpperCase(Locale.ROOT)));
        case "type" -> new PickNeedType(NeedType.valueOf(arg.toUpperCase(Locale.ROOT)));
        case "ask" -> new PassQuestion();
        case "details" -> new Details(arg);
        default -> new Expired(raw);
      };
    } catch (IllegalArgumentException unknownCode) {
      return new Expired(raw);
    }
  }
}

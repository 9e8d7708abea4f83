package vn.ketnoi.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ketnoi.card.NeedCard;

/**
 * Messages built at random from the pieces that make amounts, phones and names hard to read: no
 * message may make the rules throw. A throw costs the business its turn ("tầm $25,000" once
 * did, a currency sign claimed by the number before it and the one after).
 */
class RulesNeverThrowTest {
  private static final String[] PIECES = {
    "tam", "tầm", "khoảng", "từ", "đến", "-", "–", "~", "$", "€", "USD", "VND", "vnđ", "đ", "d",
    "25,000", "1.200.000.000", "1,5", "1.2", "800", "7-800tr", "5", "0", "00", "1ty2", "1t2", "tr",
    "triệu", "trieu", "tỷ", "ty", "tỉ", "củ", "k", "nghìn", "ngàn", "trăm", "tram", "mươi", "mười",
    "lăm", "mốt", "tư", "rưỡi", "ruoi", "lẻ", "chục", "nửa", "hai", "ba", "một", "mot", "dưới",
    "trên", "tối đa", "không quá", "hơn", "ít nhất", "và", "giữa", "hoặc", "/", "%", "(", ")", ":",
    ",", ".", "\n", "kinh phí", "kp", "ngân sách", "vốn", "vay", "báo giá", "hỗ trợ", "à nhầm",
    "không phải", "mà", "0912345678", "+84", "84", "(0)", "0912", "345", "678", "@", "a@b.vn",
    "Công ty", "HTX", "anh", "chị", "Nam", "ở", "Bến Tre", "cần", "máy sấy", "ĐVT:", "triệu đồng",
  };

  @Test
  void noMessageMakesTheRulesThrow() {
    RuleExtractor rules = new RuleExtractor(new Provinces());
    Random random = new Random(20261201);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 20_000 && failures.size() < 40; i++) {
      String message = message(random);
      try {
        rules.extract(message, NeedCard.EMPTY);
      } catch (RuntimeException e) {
        failures.add(message.replace("\n", "\\n") + " -> " + e + " at " + site(e));
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** The first frame of ours, so one failure names its place. */
  private static String site(RuntimeException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("vn.ketnoi")) {
        return frame.getClassName().substring("vn.ketnoi.".length()) + ":" + frame.getLineNumber();
      }
    }
    return "?";
  }

  private static String message(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(12);
    for (int k = 0; k < pieces; k++) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      // Glued or spaced: "$25,000" and "$ 25,000" read differently.
      text.append(random.nextInt(3) == 0 ? "" : " ").append(piece);
    }
    return text.toString().strip();
  }
}

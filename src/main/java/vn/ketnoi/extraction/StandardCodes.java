package vn.ketnoi.extraction;

import java.util.List;
import vn.ketnoi.extraction.Numerals.Token;

/** Numbers that belong to a code, not to an amount. */
final class StandardCodes {
  private StandardCodes() {}

  /**
   * "ISO 22000", "TCVN 5945": a short plain number after a capitalised code is the code's, never
   * the first end of a range ("ISO 22000 ~ 150tr"); a label's unit or currency ("(TRIEU DONG):
   * 450", "KP 450") is no code, nor is a name a comma ends ("máy đo CMM, 700~900tr").
   */
  static boolean numberAt(List<Token> t, int from) {
    return from > 0 && t.get(from).joined() && t.get(from).text().matches("\\d{2,5}") && t.get(from - 1).text().matches("[A-Z]{2,6}")
        && !t.get(from - 1).text().matches("VND|DONG|TRIEU|TY|TI|NGHIN|NGAN|TR|TRD|KP|NS|USD|EUR|JPY|CNY|RMB|SGD|AUD|GBP");
  }
}

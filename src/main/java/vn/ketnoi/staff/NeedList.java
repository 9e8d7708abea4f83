package vn.ketnoi.staff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.card.Field;
import vn.ketnoi.extraction.FieldValues;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.card.Sector;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/** "/ds": needs, newest first, filtered, a page at a time with « Trước / Sau » buttons. */
final class NeedList {
  static final int PAGE = 10;
  private static final Pattern OPTION = Pattern.compile("(\\p{L}+)=(.+?)(?=\\s+\\p{L}+=|$)");

  private final NeedSearch search;
  private final NeedView view;
  private final Messages messages;
  private final Provinces provinces;
  private final FieldValues values;

  NeedList(NeedSearch search, NeedView view, Messages messages, Provinces provinces) {
    this.search = search;
    this.view = view;
    this.messages = messages;
    this.provinces = provinces;
    this.values = new FieldValues(provinces, messages);
  }

  /** The page {@code page} of the needs {@code filter} selects; the filter and page are kept. */
  StaffDesk.Outcome page(StaffDesk.Session filter, int page) {
    NeedSearch.Filter f = toFilter(filter);
    if (f == null) {
      return new StaffDesk.Outcome(StaffDesk.Session.NONE,
          List.of(new Reply.Text(messages.get("staff.bad_filter"))));
    }
    int total = search.count(f);
    int pages = Math.max(1, (total + PAGE - 1) / PAGE);
    int shown = Math.max(0, Math.min(page, pages - 1));
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("staff.list_header", total, shown + 1, pages));
    search.find(f, shown * PAGE, PAGE).forEach(n -> lines.add(view.listLine(n)));
    List<Reply.Button> buttons = pageButtons(shown, pages);
    Reply reply = buttons.isEmpty() ? new Reply.Text(String.join("\n", lines))
        : new Reply.Choice(String.join("\n", lines), buttons);
    return new StaffDesk.Outcome(filter.withPage(shown).withPending(null), List.of(reply));
  }

  private List<Reply.Button> pageButtons(int shown, int pages) {
    List<Reply.Button> buttons = new ArrayList<>();
    if (shown > 0) {
      buttons.add(new Reply.Button(messages.get("staff.prev"), "sp:prev"));
    }
    if (shown < pages - 1) {
      buttons.add(new Reply.Button(messages.get("staff.next"), "sp:next"));
    }
    return buttons;
  }

  /** "/ds trangthai=moi linhvuc=che_bien_bao_quan tinh=An Giang tu=2026-11-01 den=2026-11-30" */
  static StaffDesk.Session filter(String args) {
    Map<String, String> options = new LinkedHashMap<>();
    Matcher m = OPTION.matcher(args.strip());
    while (m.find()) {
      options.put(Fold.fold(m.group(1)), m.group(2).strip());
    }
    String status = options.getOrDefault("trangthai", options.get("tt"));
    return new StaffDesk.Session(null, status == null ? null : status.toLowerCase(Locale.ROOT),
        options.getOrDefault("linhvuc", options.get("lv")), options.get("tinh"),
        options.get("tu"), options.get("den"), 0);
  }

  /**
   * The filter, or null when a value is not understood. A sector is read like a /sua value (code
   * or name), a province as the business would name it; dates are local dates.
   */
  private NeedSearch.Filter toFilter(StaffDesk.Session s) {
    try {
      Sector sector = null;
      if (s.sector() != null) {
        FieldValues.Reading read = values.read(Field.SECTOR, s.sector());
        if (!(read instanceof FieldValues.Value v)) {
          return null;
        }
        sector = (Sector) v.value();
      }
      String province = s.province() == null ? null : provinces.parseAnswer(s.province());
      return new NeedSearch.Filter(
          s.status() == null ? null : NeedStatus.ofCode(s.status()),
          sector,
          province != null ? province : s.province(),
          s.from() == null ? null : LocalDate.parse(s.from()),
          s.to() == null ? null : LocalDate.parse(s.to()));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return null;
    }
  }
}

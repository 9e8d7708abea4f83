package vn.ketnoi.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ketnoi.card.Field;
import vn.ketnoi.extraction.FieldValues;
import vn.ketnoi.extraction.Money;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.need.CardText;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/**
 * "/sua CODE field value". The field is named by a short name ("linhvuc"), its Vietnamese label
 * with or without diacritics ("lĩnh vực") or its code ("sector"); the value is read by the parsers a
 * business's own answers go through ({@link FieldValues}). A field that does not exist, a value
 * that does not read, or an edit that would leave the need without what every need has is refused
 * with what is valid, and nothing is stored. "-" clears a field.
 */
final class StaffEdit {
  /** What /sua can change: need-card fields, the budget as a whole, or the other contacts. */
  record Target(String key, String shortName, List<Field> fields, List<String> moreNames) {}

  static final List<Target> TARGETS = List.of(
      new Target("company_name", "doanhnghiep", List.of(Field.COMPANY_NAME), List.of("congty", "tencongty", "tendoanhnghiep")),
      new Target("contact_name", "nguoilienhe", List.of(Field.CONTACT_NAME), List.of("lienhe", "hoten", "tennguoilienhe")),
      new Target("phone", "sdt", List.of(Field.PHONE), List.of("sodienthoai", "dienthoai", "dt")),
      new Target("email", "email", List.of(Field.EMAIL), List.of("mail", "thudientu")),
      new Target("other_contacts", "lienhekhac", List.of(), List.of("sdtkhac", "sokhac")),
      new Target("province", "tinh", List.of(Field.PROVINCE), List.of("tinhthanh", "thanhpho", "diaphuong")),
      new Target("sector", "linhvuc", List.of(Field.SECTOR), List.of("nganh", "lv")),
      new Target("need_type", "loainhucau", List.of(Field.NEED_TYPE), List.of("loai")),
      new Target("title", "noidung", List.of(Field.TITLE), List.of("tieude", "nhucau")),
      new Target("description", "mota", List.of(Field.DESCRIPTION), List.of()),
      new Target("origin_scope", "xuatxu", List.of(Field.ORIGIN_SCOPE), List.of("nguongoc")),
      new Target("origin_countries", "quocgia", List.of(Field.ORIGIN_COUNTRIES), List.of("nuoc")),
      new Target("budget", "kinhphi", List.of(Field.BUDGET_VND_MIN, Field.BUDGET_VND_MAX), List.of("ngansach")),
      new Target("budget_vnd_min", "kinhphitoithieu", List.of(Field.BUDGET_VND_MIN), List.of()),
      new Target("budget_vnd_max", "kinhphitoida", List.of(Field.BUDGET_VND_MAX), List.of()),
      new Target("timeline", "thoigian", List.of(Field.TIMELINE), List.of("thoihan")),
      new Target("support_wanted", "hotro", List.of(Field.SUPPORT_WANTED), List.of()),
      new Target("employees", "laodong", List.of(Field.EMPLOYEES), List.of("nhanvien")),
      new Target("products", "sanpham", List.of(Field.PRODUCTS), List.of()));

  /** Personal data: not written back into a need whose business had its data erased. */
  private static final Set<String> PERSONAL =
      Set.of("company_name", "contact_name", "phone", "email", "other_contacts", "description");
  private static final Set<String> CLEAR = Set.of("-", "xoa");
  private static final int LONGEST_NAME_WORDS = 4;

  /** What an edit comes to: a correction to store, with the field before and after, or a refusal. */
  sealed interface Result permits Change, Refusal {}

  record Change(Target target, NeedStore.Correction correction, String before, String after)
      implements Result {}

  record Refusal(String text) implements Result {}

  private final FieldValues values;
  private final Provinces provinces;
  private final Messages messages;
  private final CardText text;
  private final Map<String, Target> byName = new HashMap<>();

  StaffEdit(Provinces provinces, Messages messages) {
    this.values = new FieldValues(provinces, messages);
    this.provinces = provinces;
    this.messages = messages;
    this.text = new CardText(messages, provinces);
    for (Target t : TARGETS) {
      byName.put(squash(t.key()), t);
      byName.put(t.shortName(), t);
      byName.put(squash(text.label(t.key())), t);
      t.moreNames().forEach(name -> byName.put(name, t));
    }
  }

  /** "field value" after the need's code. */
  Result apply(Need need, String fieldAndValue) {
    String typed = fieldAndValue.strip();
    List<String> words = List.of(typed.split("\\s+"));
    for (int n = Math.min(LONGEST_NAME_WORDS, words.size() - 1); n >= 1; n--) {
      Target target = byName.get(squash(String.join(" ", words.subList(0, n))));
      if (target != null) {
        return apply(need, target, typed.split("\\s+", n + 1)[n]);
      }
    }
    boolean onlyAName = words.size() == 1 && byName.containsKey(squash(words.get(0)));
    return typed.isEmpty() || onlyAName
        ? new Refusal(messages.get("staff.edit_usage", fieldList()))
        : new Refusal(messages.get("staff.edit_bad_field", words.get(0), fieldList()));
  }

  /** "doanhnghiep (Doanh nghiệp), nguoilienhe (Người liên hệ), …" */
  String fieldList() {
    return String.join(", ", TARGETS.stream()
        .map(t -> t.shortName() + " (" + text.label(t.key()) + ")").toList());
  }

  private Result apply(Need need, Target target, String typed) {
    boolean clear = CLEAR.contains(Fold.fold(Fold.nfc(typed)));
    if (need.erased() && PERSONAL.contains(target.key()) && !clear) {
      return refuse(need, target, messages.get("staff.edit_erased"));
    }
    FieldValues.Reading reading = clear ? new FieldValues.Value(cleared(target)) : read(target, typed);
    if (reading instanceof FieldValues.Invalid invalid) {
      return refuse(need, target, problem(target, invalid));
    }
    Object value = ((FieldValues.Value) reading).value();
    boolean contacts = target.key().equals("other_contacts");
    NeedCard card = contacts ? need.card() : corrected(need.card(), target, value);
    List<String> others = contacts ? withoutCardContacts(value, card) : null;
    String missing = need.erased() ? null : missing(card);
    if (missing != null) {
      return refuse(need, target, messages.get("staff.edit_required", missing));
    }
    if (card.budgetVndMin() != null && card.budgetVndMax() != null && card.budgetVndMin() > card.budgetVndMax()) {
      return refuse(need, target, messages.get("staff.edit_min_max"));
    }
    List<String> before = need.otherContacts();
    return new Change(target,
        new NeedStore.Correction(card, target.fields(), others, provinces.currentOf(card.province())),
        show(target, need.card(), before), show(target, card, others == null ? before : others));
  }

  /** What "-" sets: nothing, or an empty list. */
  private static Object cleared(Target target) {
    return target.key().equals("other_contacts") || target.fields().stream().anyMatch(StaffEdit::isList)
        ? List.of() : null;
  }

  private static boolean isList(Field field) {
    return field == Field.ORIGIN_COUNTRIES || field == Field.SUPPORT_WANTED || field == Field.PRODUCTS;
  }

  /** The card's own phone and e-mail are not "other" contacts. */
  private static List<String> withoutCardContacts(Object contacts, NeedCard card) {
    List<String> others = new ArrayList<>();
    for (Object c : (List<?>) contacts) {
      if (!c.equals(card.phone()) && !c.equals(card.email())) {
        others.add((String) c);
      }
    }
    return others;
  }

  private FieldValues.Reading read(Target target, String typed) {
    return switch (target.key()) {
      case "budget" -> values.budget(typed);
      case "other_contacts" -> FieldValues.contacts(typed);
      default -> values.read(target.fields().get(0), typed);
    };
  }

  private static NeedCard corrected(NeedCard card, Target target, Object value) {
    if (target.key().equals("budget")) {
      Money.Budget budget = (Money.Budget) value;
      return budget == null ? card.withBudget(null, null) : card.withBudget(budget.min(), budget.max());
    }
    return card.with(target.fields().get(0), value);
  }

  /** What every need has (need-card.md): what is needed, a way to reach the business, who it is. */
  private String missing(NeedCard card) {
    if (card.title() == null && card.description() == null) {
      return text.label("title");
    }
    if (card.phone() == null && card.email() == null) {
      return text.label("phone") + " / " + text.label("email");
    }
    if (card.companyName() == null && card.contactName() == null) {
      return text.label("company_name") + " / " + text.label("contact_name");
    }
    return null;
  }

  private String show(Target target, NeedCard card, List<String> others) {
    return text.value(target.key(), card, others);
  }

  private Refusal refuse(Need need, Target target, String reason) {
    return new Refusal(messages.get("staff.edit_refused", need.code(), text.label(target.key()), reason));
  }

  /** Why a value was not taken, with the valid values of a code field. */
  private String problem(Target target, FieldValues.Invalid invalid) {
    String key = "staff.invalid." + invalid.problem().name().toLowerCase(java.util.Locale.ROOT);
    if (invalid.problem() != FieldValues.Problem.CODE) {
      return messages.get(key, invalid.detail());
    }
    Field field = target.fields().get(0);
    String prefix = switch (field) {
      case SECTOR -> "sector.";
      case NEED_TYPE -> "need_type.";
      case ORIGIN_SCOPE -> "origin_scope.";
      default -> "support.";
    };
    List<String> valid = new ArrayList<>();
    FieldValues.codes(field).forEach(code -> valid.add(code + " (" + messages.get(prefix + code) + ")"));
    return messages.get(key, invalid.detail(), String.join(", ", valid));
  }

  /** "Lĩnh vực" → "linhvuc", "sector_x" → "sectorx": names compared without marks, case and spaces. */
  private static String squash(String name) {
    return Fold.fold(Fold.nfc(name)).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}

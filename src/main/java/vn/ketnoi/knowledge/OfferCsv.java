package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;
import vn.ketnoi.text.Csv;
import vn.ketnoi.text.Messages;

/**
 * Reads and writes knowledge/offers.csv, checking every row. Reads comma- or semicolon-separated
 * files (what Excel saves depends on the locale); writes commas. The problems are told in
 * Vietnamese: department staff edit the file and run the import.
 */
public final class OfferCsv {
  private static final Messages MESSAGES = Messages.load();

  public static final List<String> COLUMNS =
      List.of("id", "title", "provider", "provider_type", "origin_country", "sector", "need_types",
          "summary", "keywords", "price_vnd_min", "price_vnd_max", "stage", "contact", "url",
          "last_checked");

  private OfferCsv() {}

  /** A row that could not be read, and why. */
  public record Rejected(int line, String id, String reason) {}

  /** The good offers and the rejected rows of a file. */
  public record Parsed(List<Offer> offers, List<Rejected> rejected) {}

  public static Parsed parse(String text, String file) {
    List<Csv.Row> rows = Csv.parseDetected(text);
    if (rows.isEmpty()) {
      throw new KnowledgeException(file, 1, MESSAGES.get("offers.empty_file", String.join(",", COLUMNS)));
    }
    List<String> header = rows.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (!header.equals(COLUMNS)) {
      throw new KnowledgeException(file, rows.get(0).line(),
          MESSAGES.get("offers.header", String.join(",", COLUMNS), String.join(",", header)));
    }
    List<Offer> offers = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      String id = row.cells().isEmpty() ? "" : row.cells().get(0).strip();
      try {
        Offer offer = offer(row);
        if (!ids.add(offer.id())) {
          throw new IllegalArgumentException(MESSAGES.get("offers.duplicate", offer.id()));
        }
        offers.add(offer);
      } catch (IllegalArgumentException e) {
        rejected.add(new Rejected(row.line(), id, e.getMessage()));
      }
    }
    return new Parsed(offers, rejected);
  }

  private static Offer offer(Csv.Row row) {
    List<String> c = row.cells();
    if (c.size() != COLUMNS.size()) {
      throw new IllegalArgumentException(MESSAGES.get("offers.columns", c.size(), COLUMNS.size()));
    }
    String id = required(c.get(0), "id");
    Long min = price(c.get(9), "price_vnd_min");
    Long max = price(c.get(10), "price_vnd_max");
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException(MESSAGES.get("offers.price_order"));
    }
    List<NeedType> types = new ArrayList<>();
    for (String t : list(c.get(6))) {
      types.add(code(t, NeedType.class, "need_types"));
    }
    if (types.isEmpty()) {
      throw new IllegalArgumentException(MESSAGES.get("offers.empty_cell", "need_types"));
    }
    return new Offer(id, required(c.get(1), "title"), required(c.get(2), "provider"),
        c.get(3).strip(), required(c.get(4), "origin_country"), code(c.get(5), Sector.class, "sector"),
        types, required(c.get(7), "summary"), list(c.get(8)), min, max, c.get(11).strip(),
        c.get(12).strip(), c.get(13).strip(), c.get(14).strip());
  }

  public static String write(List<Offer> offers) {
    StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (Offer o : offers) {
      List<Object> cells = List.of(o.id(), o.title(), o.provider(), o.providerType(),
          o.originCountry(), o.sector().code(),
          String.join(";", o.needTypes().stream().map(NeedType::code).toList()), o.summary(),
          String.join(";", o.keywords()), o.priceMin() == null ? "" : o.priceMin(),
          o.priceMax() == null ? "" : o.priceMax(), o.stage(), o.contact(), o.url(), o.lastChecked());
      out.append(String.join(",", cells.stream().map(Csv::cell).toList())).append('\n');
    }
    return out.toString();
  }

  private static String required(String value, String column) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(MESSAGES.get("offers.empty_cell", column));
    }
    return value.strip();
  }

  private static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    for (String part : value.split(";")) {
      if (!part.isBlank()) {
        items.add(part.strip());
      }
    }
    return items;
  }

  private static Long price(String value, String column) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String digits = value.strip().replace(".", "").replace(",", "").replace(" ", "");
    if (!digits.matches("\\d{1,15}")) {
      throw new IllegalArgumentException(MESSAGES.get("offers.price", column, value));
    }
    return Long.parseLong(digits);
  }

  private static <E extends Enum<E>> E code(String value, Class<E> type, String column) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String codes = String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
          .map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
      throw new IllegalArgumentException(MESSAGES.get("offers.code", column, value, codes));
    }
  }
}

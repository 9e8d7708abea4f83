package vn.ketnoi.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.Support;

/**
 * The department's knowledge, read from the files staff edit (KNOWLEDGE_DIR, default knowledge/;
 * the jar carries a copy). Every file is checked at start-up: a bad one stops it, naming the file,
 * the line and the problem.
 */
public record KnowledgeBase(List<Offer> offers, List<Programme> programmes, List<Entry.Faq> faq,
    List<Entry.Event> events, Synonyms synonyms) {

  public KnowledgeBase(
      List<Offer> offers, List<Programme> programmes, List<Entry.Faq> faq, List<Entry.Event> events) {
    this(offers, programmes, faq, events, Synonyms.NONE);
  }

  public KnowledgeBase {
    offers = List.copyOf(offers);
    programmes = List.copyOf(programmes);
    faq = List.copyOf(faq);
    events = List.copyOf(events);
  }

  /** How the shipped sample entries are marked, at the start of their summary. */
  public static final String SAMPLE_MARK = "[Dữ liệu mẫu";

  /** The knowledge in use and the folder it came from; folder null: the sample copy in the jar. */
  public record Loaded(KnowledgeBase knowledge, Path folder) {
    public boolean bundled() {
      return folder == null;
    }
  }

  /**
   * KNOWLEDGE_DIR as the bot uses it: a folder named must exist (a mistyped path must not quietly
   * serve the sample data); none named: ./knowledge when it exists, else the copy in the jar.
   */
  public static Loaded open(Path configured) {
    return open(configured, Path.of("knowledge"));
  }

  /** Refuses a KNOWLEDGE_DIR that names no folder; cheap, so it can run before anything starts. */
  public static void requireFolder(Path configured) {
    if (configured != null && !Files.isDirectory(configured)) {
      throw new KnowledgeException(configured.toAbsolutePath().toString(), 0,
          "KNOWLEDGE_DIR names no folder; set it to the folder of offers.csv, programmes.json,"
              + " faq.json and events.json (or leave it empty for the sample data)");
    }
  }

  static Loaded open(Path configured, Path usual) {
    requireFolder(configured);
    Path folder = configured != null ? configured : Files.isDirectory(usual) ? usual : null;
    // With no folder, load(usual) finds none and reads the jar's copy.
    return new Loaded(load(folder == null ? usual : folder), folder);
  }

  /** Offers still marked as the shipped sample data. */
  public long sampleOffers() {
    return offers.stream().filter(o -> o.summary().startsWith(SAMPLE_MARK)).count();
  }

  /** Events still marked as the shipped sample data. */
  public long sampleEvents() {
    return events.stream().filter(e -> e.summary().startsWith(SAMPLE_MARK)).count();
  }

  /** Loads from the folder, or from the copy in the jar when the folder does not exist. */
  public static KnowledgeBase load(Path dir) {
    Source source = Files.isDirectory(dir) ? name -> readFile(dir.resolve(name)) : KnowledgeBase::readBundled;
    String where = Files.isDirectory(dir) ? dir.toString() + "/" : "(bundled) knowledge/";
    OfferCsv.Parsed offers = OfferCsv.parse(source.read("offers.csv"), where + "offers.csv");
    if (!offers.rejected().isEmpty()) {
      OfferCsv.Rejected first = offers.rejected().get(0);
      throw new KnowledgeException(where + "offers.csv", first.line(), first.reason());
    }
    return new KnowledgeBase(offers.offers(),
        programmes(source.read("programmes.json"), where + "programmes.json"),
        faq(source.read("faq.json"), where + "faq.json"),
        events(source.read("events.json"), where + "events.json"),
        Synonyms.parse(Files.isRegularFile(dir.resolve("synonyms.txt"))
            ? readFile(dir.resolve("synonyms.txt")) : readBundled("synonyms.txt")));
  }

  private interface Source {
    String read(String name);
  }

  /** Each element of a JSON array with the line it starts on. */
  private record Element(int line, JsonNode node) {}

  private static List<Element> elements(String text, String file) {
    List<Element> elements = new ArrayList<>();
    try (JsonParser parser = Json.MAPPER.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new KnowledgeException(file, 1, "expected a JSON array [ ... ]");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        int line = parser.currentLocation().getLineNr();
        elements.add(new Element(line, parser.readValueAsTree()));
      }
    } catch (JsonProcessingException e) {
      throw new KnowledgeException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return elements;
  }

  static List<Programme> programmes(String text, String file) {
    List<Programme> result = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    for (Element e : elements(text, file)) {
      JsonNode n = e.node();
      String id = required(n, "id", file, e.line());
      if (!ids.add(id)) {
        throw new KnowledgeException(file, e.line(), "id " + id + " appears twice");
      }
      result.add(new Programme(id, required(n, "name", file, e.line()),
          required(n, "legal_basis", file, e.line()), n.path("validity").asText(""),
          required(n, "summary", file, e.line()), required(n, "benefit", file, e.line()),
          n.path("eligible").asText(""), required(n, "apply_at", file, e.line()),
          required(n, "last_checked", file, e.line()), n.path("to_verify").asText(""),
          strings(n.path("keywords")), eligibility(n.get("eligibility"), file, e.line())));
    }
    return result;
  }

  private static Programme.Eligibility eligibility(JsonNode n, String file, int line) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<String> origin = codes(n.path("origin"), OriginScope.class, "origin", file, line);
    List<String> sectors = codes(n.path("sectors"), Sector.class, "sectors", file, line);
    List<String> types = codes(n.path("need_types"), NeedType.class, "need_types", file, line);
    List<String> support = codes(n.path("support"), Support.class, "support", file, line);
    Integer maxEmployees = n.hasNonNull("max_employees") ? n.get("max_employees").asInt() : null;
    Long minBudget = n.hasNonNull("min_budget_vnd") ? n.get("min_budget_vnd").asLong() : null;
    List<String> keywords = strings(n.path("keywords"));
    if (origin.isEmpty() && sectors.isEmpty() && types.isEmpty() && support.isEmpty()
        && maxEmployees == null && minBudget == null && keywords.isEmpty()) {
      throw new KnowledgeException(file, line, "eligibility has no rule; use null for a programme that matches no need");
    }
    return new Programme.Eligibility(origin, sectors, types, support, maxEmployees, minBudget, keywords);
  }

  static List<Entry.Faq> faq(String text, String file) {
    List<Entry.Faq> result = new ArrayList<>();
    for (Element e : elements(text, file)) {
      JsonNode n = e.node();
      result.add(new Entry.Faq(required(n, "id", file, e.line()), required(n, "question", file, e.line()),
          required(n, "answer", file, e.line()), strings(n.path("keywords"))));
    }
    return result;
  }

  static List<Entry.Event> events(String text, String file) {
    List<Entry.Event> result = new ArrayList<>();
    for (Element e : elements(text, file)) {
      JsonNode n = e.node();
      result.add(new Entry.Event(required(n, "id", file, e.line()), required(n, "title", file, e.line()),
          n.path("kind").asText(""), n.hasNonNull("date") ? n.get("date").asText() : null,
          n.hasNonNull("place") ? n.get("place").asText() : null,
          required(n, "summary", file, e.line()), n.path("register").asText(""),
          strings(n.path("keywords"))));
    }
    return result;
  }

  private static String required(JsonNode n, String key, String file, int line) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new KnowledgeException(file, line, "\"" + key + "\" is missing or empty"
          + (n.hasNonNull("id") ? " (entry " + n.get("id").asText() + ")" : ""));
    }
    return v.asText().strip();
  }

  private static List<String> strings(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(v -> result.add(v.asText()));
    return result;
  }

  private static <E extends Enum<E>> List<String> codes(JsonNode array, Class<E> type,
      String key, String file, int line) {
    List<String> result = new ArrayList<>();
    for (JsonNode v : array) {
      try {
        Enum.valueOf(type, v.asText().toUpperCase(Locale.ROOT));
        result.add(v.asText());
      } catch (IllegalArgumentException e) {
        throw new KnowledgeException(file, line, key + " \"" + v.asText() + "\" is not a need-card code");
      }
    }
    return result;
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KnowledgeException(file.toString(), 0, "cannot read: " + e.getMessage());
    }
  }

  private static String readBundled(String name) {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream("/knowledge/" + name)) {
      if (in == null) {
        throw new KnowledgeException("knowledge/" + name, 0, "missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.ketnoi.knowledge;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.storage.Database;
import vn.ketnoi.text.Messages;

/**
 * {@code import offers FILE.csv}: staff run it, so it answers in Vietnamese. Merges the sheet into
 * the department's offers.csv, then names the open needs the added or updated offers now match.
 */
public final class OfferImportCommand {
  /** Where the department's knowledge and needs are. */
  public record Place(Path knowledgeDir, Path database, ZoneId timeZone) {}

  private OfferImportCommand() {}

  public static int run(List<String> rest, Place place, PrintStream out) {
    if (rest.size() != 2 || !rest.get(0).equals("offers")) {
      throw new IllegalArgumentException("usage: ketnoi import offers FILE.csv");
    }
    Messages messages = Messages.load();
    KnowledgeBase.Loaded current = KnowledgeBase.open(place.knowledgeDir());
    if (current.bundled()) {
      throw new IllegalArgumentException(messages.get("import.no_folder"));
    }
    OfferImport.Report report = OfferImport.run(current.folder().resolve("offers.csv"), Path.of(rest.get(1)));
    OfferImport.print(report, messages, out);
    KnowledgeBase merged = KnowledgeBase.load(current.folder()); // must still load
    openNeedsMatching(place, merged, report, messages, out);
    return 0;
  }

  /** After an import: the open needs that the added or updated offers now match, for staff. */
  private static void openNeedsMatching(Place place, KnowledgeBase knowledge,
      OfferImport.Report report, Messages messages, PrintStream out) {
    Set<String> changed = new HashSet<>(report.added());
    changed.addAll(report.updated());
    if (changed.isEmpty() || !Files.exists(place.database())) {
      return;
    }
    try (Database db = Database.open(place.database());
        Matcher matcher = new Matcher(knowledge, messages)) {
      NeedSearch search = new NeedSearch(db, place.timeZone());
      for (NeedStatus open : List.of(NeedStatus.MOI, NeedStatus.DANG_XU_LY)) {
        for (Need need : search.find(new NeedSearch.Filter(open, null, null, null, null), 0, 10_000)) {
          List<String> hits = matcher.match(need.card(), need.sourceText()).offers().stream()
              .filter(m -> !m.partial()).map(m -> m.offer().id()).filter(changed::contains).toList();
          if (!hits.isEmpty()) {
            out.println(messages.get("import.open_need", need.code(), String.join(", ", hits)));
          }
        }
      }
    }
  }
}

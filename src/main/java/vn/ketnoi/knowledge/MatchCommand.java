package vn.ketnoi.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.extraction.JsonLines;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.text.Arguments;
import vn.ketnoi.text.Messages;
import vn.ketnoi.text.Utf8;

/**
 * {@code match}: need cards as JSONL (need-card keys plus "id"; a "text" with the business's own
 * words is used too), one line out each: {"id", "offers": [{"id", "score", "partial", "reasons"}],
 * "programmes": [{"id", "reasons"}]}, best first, up to 10 offers; "partial": shown to the
 * business as "gần phù hợp" (no offer, or only such ones: the honest "no match").
 */
public final class MatchCommand {
  private final Matcher matcher;

  public MatchCommand(Matcher matcher) {
    this.matcher = matcher;
  }

  /** {@code match [FILE]}: the knowledge base of KNOWLEDGE_DIR (or the sample), FILE or stdin. */
  public static int command(List<String> rest, Path knowledgeDir, PrintStream out, PrintStream err)
      throws IOException {
    try (Matcher matcher = new Matcher(KnowledgeBase.open(knowledgeDir).knowledge(), Messages.load());
        BufferedReader in = Utf8.reader(Arguments.fileOrStdin(rest))) {
      return new MatchCommand(matcher).run(in, Utf8.writer(out), err);
    }
  }

  public int run(BufferedReader in, PrintWriter out, PrintStream err) throws IOException {
    return JsonLines.run(in, out, err, row -> {
      NeedCard card = Json.MAPPER.treeToValue(row.has("need") ? row.get("need") : row, NeedCard.class);
      return json(row.get("id"), matcher.match(card, row.path("text").asText(null)));
    });
  }

  static ObjectNode json(JsonNode id, Matcher.Result result) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.set("id", id);
    ArrayNode offers = node.putArray("offers");
    for (Matcher.OfferMatch m : result.offers()) {
      ObjectNode o = offers.addObject();
      o.put("id", m.offer().id());
      o.put("score", m.score());
      o.put("partial", m.partial());
      m.reasons().forEach(o.putArray("reasons")::add);
    }
    ArrayNode programmes = node.putArray("programmes");
    for (Matcher.ProgrammeMatch m : result.programmes()) {
      ObjectNode p = programmes.addObject();
      p.put("id", m.programme().id());
      m.reasons().forEach(p.putArray("reasons")::add);
    }
    return node;
  }
}

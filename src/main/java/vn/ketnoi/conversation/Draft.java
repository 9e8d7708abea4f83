package vn.ketnoi.conversation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ketnoi.extraction.NeedCard;

/**
 * The need being written: the card so far, which extractor produced each field, and the user's
 * own messages. {@code id} makes saving idempotent: a second "Xác nhận" finds the saved need.
 */
public record Draft(String id, NeedCard card, Map<String, String> sources, List<String> messages) {
  /** The user's own messages are kept up to this many characters in all. */
  static final int MAX_SOURCE_CHARS = 8000;

  public Draft {
    sources = Map.copyOf(sources);
    messages = List.copyOf(messages);
  }

  public static Draft empty() {
    return new Draft(UUID.randomUUID().toString(), NeedCard.EMPTY, Map.of(), List.of());
  }

  @JsonIgnore
  public boolean isEmpty() {
    return card.statedFields().isEmpty();
  }

  /** This draft with what a message said merged in; later values correct earlier ones. */
  Draft with(NeedCard update, Map<String, String> updateSources, String message) {
    Map<String, String> merged = new HashMap<>(sources);
    update.statedFields().forEach(f -> merged.put(f, updateSources.getOrDefault(f, "rules")));
    List<String> texts = new ArrayList<>(messages);
    int used = texts.stream().mapToInt(String::length).sum();
    if (message != null && used + message.length() <= MAX_SOURCE_CHARS) {
      texts.add(message);
    }
    return new Draft(id, card.mergedWith(update), merged, texts);
  }

  @JsonIgnore
  public String sourceText() {
    return String.join("\n", messages);
  }
}

package vn.ketnoi.conversation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.ketnoi.extraction.Contacts;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;

/**
 * The need being written: the card so far, which extractor produced each field, the user's own
 * messages, and the phones and e-mails the user gave beyond the card's own ({@code otherContacts}).
 * {@code id} makes saving idempotent: a second "Xác nhận" finds the saved need.
 */
public record Draft(String id, NeedCard card, Map<String, Source> sources, List<String> messages,
    List<String> otherContacts) {
  /** The user's own messages are kept up to this many characters in all. */
  static final int MAX_SOURCE_CHARS = 8000;

  public Draft {
    sources = known(sources);
    messages = List.copyOf(messages);
    // A draft stored before other contacts were kept has none.
    otherContacts = otherContacts == null ? List.of() : List.copyOf(otherContacts);
  }

  public static Draft empty() {
    return new Draft(UUID.randomUUID().toString(), NeedCard.EMPTY, Map.of(), List.of(), List.of());
  }

  @JsonIgnore
  public boolean isEmpty() {
    return card.statedFields().isEmpty();
  }

  /**
   * This draft with what a message said merged in; later values correct earlier ones. Every phone
   * and e-mail in the message is kept: the card's own, and the others beside it.
   */
  Draft with(NeedCard update, Map<String, Source> updateSources, String message) {
    Map<String, Source> merged = new HashMap<>(sources);
    update.statedFields().forEach(f -> merged.put(f, updateSources.getOrDefault(f, Source.RULES)));
    List<String> texts = new ArrayList<>(messages);
    int used = texts.stream().mapToInt(String::length).sum();
    if (message != null && used + message.length() <= MAX_SOURCE_CHARS) {
      texts.add(message);
    }
    NeedCard next = card.mergedWith(update);
    return new Draft(id, next, merged, texts, Contacts.others(otherContacts, Contacts.in(message), next));
  }

  /**
   * The sources with a known code: a chat state written by a version with another source reads
   * without it (as {@link Source#orNull} leaves it), and that field counts as read by the rules.
   */
  private static Map<String, Source> known(Map<String, Source> sources) {
    Map<String, Source> known = new HashMap<>(sources);
    known.values().removeIf(Objects::isNull);
    return Map.copyOf(known);
  }

  @JsonIgnore
  public String sourceText() {
    return String.join("\n", messages);
  }
}

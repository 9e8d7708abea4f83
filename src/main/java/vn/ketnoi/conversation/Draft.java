package vn.ketnoi.conversation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ketnoi.extraction.Contacts;
import vn.ketnoi.card.NeedCard;

/**
 * The need being written: the card so far, which extractor produced each field, the user's own
 * messages, and the phones and e-mails the user gave beyond the card's own ({@code otherContacts}).
 * {@code id} makes saving idempotent: a second "Xác nhận" finds the saved need.
 */
public record Draft(String id, NeedCard card, Map<String, String> sources, List<String> messages,
    List<String> otherContacts) {
  /** The user's own messages are kept up to this many characters in all. */
  static final int MAX_SOURCE_CHARS = 8000;

  public Draft {
    sources = Map.copyOf(sources);
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
  Draft with(NeedCard update, Map<String, String> updateSources, String message) {
    Map<String, String> merged = new HashMap<>(sources);
    update.statedFields().forEach(f -> merged.put(f, updateSources.getOrDefault(f, "rules")));
    List<String> texts = new ArrayList<>(messages);
    int used = texts.stream().mapToInt(String::length).sum();
    if (message != null && used + message.length() <= MAX_SOURCE_CHARS) {
      texts.add(message);
    }
    NeedCard next = card.mergedWith(update);
    return new Draft(id, next, merged, texts, Contacts.others(otherContacts, Contacts.in(message), next));
  }

  @JsonIgnore
  public String sourceText() {
    return String.join("\n", messages);
  }
}

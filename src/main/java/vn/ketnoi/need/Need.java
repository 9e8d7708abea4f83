package vn.ketnoi.need;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;

/**
 * A confirmed, stored need. {@code provinceCurrent} is the post-2025 unit of the province the user
 * named, for reporting; {@code fieldSources} says which extractor (or the user, or staff) gave each
 * field; {@code otherContacts} are the phones and e-mails the business gave beyond the card's
 * own. After the business asked for its data to be erased, {@code telegramUserId}, names, phone,
 * e-mail, other contacts and source text are gone and {@code erased} is true; the rest stays
 * countable. {@code unreadable} lists stored values this version could not read (they read as
 * unknown); empty for a sound row.
 */
public record Need(
    long id,
    String code,
    Long telegramUserId,
    NeedStatus status,
    NeedCard card,
    String provinceCurrent,
    Map<String, Source> fieldSources,
    String sourceText,
    Instant createdAt,
    Instant updatedAt,
    boolean erased,
    List<String> otherContacts,
    List<Unreadable> unreadable) {

  /** A stored value that could not be read: its column and what is stored there. */
  public record Unreadable(String column, String stored) {}

  public Need {
    fieldSources = Map.copyOf(fieldSources);
    otherContacts = List.copyOf(otherContacts);
    unreadable = List.copyOf(unreadable);
  }
}

package vn.ketnoi.need;

import java.time.Instant;
import java.util.Map;
import vn.ketnoi.extraction.NeedCard;

/**
 * A confirmed, stored need. {@code provinceCurrent} is the post-2025 unit of the province the user
 * named, for reporting; {@code fieldSources} says which extractor (or the user) gave each field.
 * After the business asked for its data to be erased, {@code telegramUserId}, names, phone,
 * e-mail and source text are gone and {@code erased} is true; the rest stays countable.
 */
public record Need(
    long id,
    String code,
    Long telegramUserId,
    NeedStatus status,
    NeedCard card,
    String provinceCurrent,
    Map<String, String> fieldSources,
    String sourceText,
    Instant createdAt,
    Instant updatedAt,
    boolean erased) {}

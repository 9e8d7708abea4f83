package vn.ketnoi.events;

import java.time.Instant;

/**
 * An event as businesses see it in /sukien, from knowledge/events.json ({@code id} as written
 * there) or created by staff in SQLite ({@code id} its number). {@code startsAt} is null when no
 * date is set yet ("chưa có lịch").
 */
public record Event(String id, String title, String kind, Instant startsAt, String place,
    String summary, boolean registrationOpen) {}

package vn.ketnoi.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs at the real pace from a chosen moment, and that tests move on: a whole bot
 * runs on it (pauses and timeouts still pass) while a test jumps to the reminder hour.
 */
final class ShiftedClock extends Clock {
  private volatile Duration offset;

  ShiftedClock(Instant now) {
    moveTo(now);
  }

  void moveTo(Instant now) {
    offset = Duration.between(Instant.now(), now);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the tests use one zone");
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}

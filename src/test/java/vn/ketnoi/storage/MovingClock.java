package vn.ketnoi.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock in the department's zone that tests move forward by hand. */
public final class MovingClock extends Clock {
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private volatile Instant now;

  public MovingClock(String instant) {
    this.now = Instant.parse(instant);
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return VIETNAM;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the tests use one zone");
  }

  @Override
  public Instant instant() {
    return now;
  }
}

package vn.ketnoi.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops waiting on a dead model: after {@code threshold} failures in a row the model is skipped
 * for {@code pause}; then one call probes it, closing the breaker on success.
 */
public final class CircuitBreaker {
  private final int threshold;
  private final Duration pause;
  private final Clock clock;
  private int failures;
  private Instant openUntil;
  private boolean probing;

  CircuitBreaker(int threshold, Duration pause, Clock clock) {
    this.threshold = threshold;
    this.pause = pause;
    this.clock = clock;
  }

  /** Whether to call the model now; in half-open state only one caller gets to probe. */
  synchronized boolean allow() {
    if (openUntil == null) {
      return true;
    }
    if (clock.instant().isBefore(openUntil) || probing) {
      return false;
    }
    probing = true;
    return true;
  }

  synchronized void success() {
    failures = 0;
    openUntil = null;
    probing = false;
  }

  synchronized void failure() {
    failures++;
    probing = false;
    if (failures >= threshold || openUntil != null) {
      openUntil = clock.instant().plus(pause);
    }
  }
}

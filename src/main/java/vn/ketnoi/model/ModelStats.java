package vn.ketnoi.model;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the model path did, for `eval`: latency, JSON validity, repairs, ungrounded values. */
public final class ModelStats {
  private final List<Long> latencies = new ArrayList<>();
  private int calls;
  private int validFirst;
  private int validAfterRepair;
  private int invalid;
  private int failed;
  private int skipped;
  private int valuesChecked;
  private int valuesDropped;

  synchronized void answered(long nanos, boolean firstValid, boolean repairedValid) {
    calls++;
    latencies.add(nanos);
    if (firstValid) {
      validFirst++;
    } else if (repairedValid) {
      validAfterRepair++;
    } else {
      invalid++;
    }
  }

  synchronized void failed(long nanos) {
    calls++;
    failed++;
    latencies.add(nanos);
  }

  synchronized void skipped() {
    skipped++;
  }

  synchronized void grounding(int checked, int dropped) {
    valuesChecked += checked;
    valuesDropped += dropped;
  }

  public synchronized void print(PrintStream out) {
    out.printf("model path: %d calls, %d skipped by the circuit breaker, %d failed (timeout, HTTP,"
        + " connection)%n", calls, skipped, failed);
    if (calls == 0) {
      return;
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    out.printf("model latency: p50 %.0f ms, p95 %.0f ms%n", pct(sorted, 0.50), pct(sorted, 0.95));
    int answered = validFirst + validAfterRepair + invalid;
    out.printf("valid JSON first time: %.1f%% (%d/%d), after one repair: %.1f%% (%d), still invalid:"
        + " %d%n", share(validFirst, answered), validFirst, answered,
        share(validFirst + validAfterRepair, answered), validAfterRepair, invalid);
    out.printf("crisp values dropped as ungrounded: %.1f%% (%d/%d)%n",
        share(valuesDropped, valuesChecked), valuesDropped, valuesChecked);
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static double pct(List<Long> sorted, double p) {
    return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }
}

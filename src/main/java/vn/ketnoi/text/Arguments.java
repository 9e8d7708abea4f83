package vn.ketnoi.text;

import java.nio.file.Path;
import java.util.List;

/** What the one-shot commands share in reading their arguments, with the same one-line refusals. */
public final class Arguments {
  private Arguments() {}

  /** The first argument as a file, or "usage: ketnoi USAGE" when there is none. */
  public static Path requireFile(List<String> rest, String usage) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("usage: ketnoi " + usage);
    }
    return Path.of(rest.get(0));
  }

  /** The first argument as a file, or null for stdin. */
  public static Path fileOrStdin(List<String> rest) {
    return rest.isEmpty() ? null : Path.of(rest.get(0));
  }

  /** The value after NAME, the fallback when NAME is absent; NAME last is a mistake. */
  public static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    if (i < 0) {
      return fallback;
    }
    if (i + 1 >= args.size()) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args.get(i + 1);
  }
}

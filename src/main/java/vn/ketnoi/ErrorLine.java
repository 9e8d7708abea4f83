package vn.ketnoi;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** A failed command as the operator reads it: one line, with why a file could not be read. */
final class ErrorLine {
  private ErrorLine() {}

  /** Its message (or its kind), and the reason of an I/O cause the message does not already say. */
  static String of(Exception e) {
    String message = e instanceof IOException io && reason(io) != null
        ? reason(io) + ": " + e.getMessage()
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e.getCause() instanceof IOException cause && !(e instanceof IOException)) {
      String why = reason(cause) != null ? reason(cause) : cause.getMessage();
      if (why != null && !message.contains(why)) {
        message += ": " + why;
      }
    }
    return message.lines().findFirst().orElse(message);
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e instanceof AccessDeniedException ? "permission denied" : null;
  }
}

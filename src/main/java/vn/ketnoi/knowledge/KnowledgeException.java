package vn.ketnoi.knowledge;

/** A knowledge file that cannot be used: start-up stops and names the file, line and problem. */
public final class KnowledgeException extends RuntimeException {
  public KnowledgeException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}

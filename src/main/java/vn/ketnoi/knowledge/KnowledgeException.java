package vn.ketnoi.knowledge;

/** A knowledge file that cannot be used: start-up stops and names the file, line and problem. */
public final class KnowledgeException extends RuntimeException {
  private final String file;
  private final int line;
  private final String problem;

  public KnowledgeException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  /** The line the problem is on; 0 when it is the whole file. */
  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}

package vn.ketnoi.text;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields with separators, quotes and line breaks; a leading BOM is ignored.
 * The separator is a comma, or a semicolon: Excel writes that under a Vietnamese (or any
 * comma-decimal) locale.
 */
public final class Csv {
  private Csv() {}

  /** One record and the line it starts on (1-based), for error messages. */
  public record Row(int line, List<String> cells) {}

  public static List<Row> parse(String text) {
    return parse(text, ',');
  }

  /** Reads with the separator its first line uses (see {@link #separatorOf}). */
  public static List<Row> parseDetected(String text) {
    return parse(text, separatorOf(text));
  }

  /**
   * ';' when the first line (the header) has more semicolons than commas outside quotes, else ','.
   * A header names columns, so it holds no separator of its own inside a name.
   */
  public static char separatorOf(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  public static List<Row> parse(String text, char separator) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        if (!(cells.size() == 1 && cells.get(0).isBlank())) {
          rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        cells.clear();
        line++;
        rowLine = line;
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new Row(rowLine, List.copyOf(cells)));
    }
    return rows;
  }

  /**
   * One cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ gets an
   * apostrophe so a spreadsheet does not run a user's text as a formula.
   */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.matches("(?s).*[\",\\r\\n].*")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}

package vn.ketnoi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void reads_quotes_commas_line_breaks_crlf_and_a_bom_with_line_numbers() {
    String text = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n";
    List<Csv.Row> rows = Csv.parse(text);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).cells()).containsExactly("a", "b", "c");
    assertThat(rows.get(1).cells()).containsExactly("x, y", "say \"hi\"", "two\nlines");
    assertThat(rows.get(1).line()).isEqualTo(2);
    assertThat(rows.get(2).cells()).containsExactly("last", "", "");
    assertThat(rows.get(2).line()).isEqualTo(5);
  }

  @Test
  void writes_what_it_reads_and_defuses_formulas() {
    for (String value : List.of("plain", "a,b", "say \"hi\"", "two\nlines", "Sở KH&CN")) {
      assertThat(Csv.parse(Csv.cell(value) + "\n").get(0).cells()).containsExactly(value);
    }
    assertThat(Csv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(Csv.cell(-5)).isEqualTo("-5");
    assertThat(Csv.cell(null)).isEmpty();
  }

  @Test
  void the_header_line_tells_a_semicolon_file_from_a_comma_file() {
    assertThat(Csv.separatorOf("\uFEFFid;title;summary\r\nOF-1;\"a, b\";c\n")).isEqualTo(';');
    assertThat(Csv.separatorOf("id,title,summary\nOF-1,\"a;b;c;d\",x\n")).isEqualTo(',');
    assertThat(Csv.separatorOf("\"a;b\",c\n")).isEqualTo(',');
    List<Csv.Row> rows = Csv.parseDetected("id;title\r\nOF-1;\"Lò hơi; 2 tấn, mới\"\r\n");
    assertThat(rows.get(1).cells()).containsExactly("OF-1", "Lò hơi; 2 tấn, mới");
    assertThat(Csv.parseDetected("id,title\nOF-1,\"a,b\"\n").get(1).cells()).containsExactly("OF-1", "a,b");
  }
}

package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {
  /** The number at the start of the text, as a plain string, or "null". */
  private static String read(String text) {
    List<Numerals.Token> tokens = Numerals.tokens(text);
    Numerals.Parsed parsed = Numerals.parse(tokens, 0);
    return parsed == null ? "null" : parsed.value().stripTrailingZeros().toPlainString();
  }

  @Test
  void a_word_with_marks_is_only_that_word_and_a_plain_word_is_any_it_folds_from() {
    Numerals.Token marked = Numerals.tokens("tầm").get(0);
    Numerals.Token plain = Numerals.tokens("tam").get(0);
    assertThat(marked.is("tám")).isFalse();
    assertThat(plain.is("tám")).isTrue();
    assertThat(Numerals.tokens("Tám").get(0).is("tám")).isTrue();
  }

  @Test
  void digits_and_letters_typed_together_are_separate_tokens() {
    assertThat(Numerals.tokens("1ty2, 500K$").stream().map(Numerals.Token::text))
        .containsExactly("1", "ty", "2", "500", "K", "$");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          một            | 1
          năm            | 5
          mười           | 10
          mười một       | 11
          mười lăm       | 15
          mười bốn       | 14
          mười tám       | 18
          hai mươi       | 20
          hai mươi mốt   | 21
          ba mươi ba     | 33
          bốn mươi tư    | 44
          năm mươi lăm   | 55
          sáu mươi nhăm  | 65
          bảy mươi bảy   | 77
          chín mươi chín | 99
          hai chục       | 20
          chục           | 10
          muoi lam       | 15
          hai muoi mot   | 21
          """)
  void reads_tens_and_ones(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          trăm                    | 100
          một trăm                | 100
          một trăm lẻ năm         | 105
          hai trăm linh một       | 201
          ba trăm hai mươi        | 320
          hai trăm mốt            | 210
          trăm hai                | 120
          ba trăm tư              | 340
          năm trăm lăm            | 550
          bốn trăm nhăm           | 450
          nam tram lam            | 550
          chín trăm chín mươi chín | 999
          không trăm mười một     | 11
          5 trăm                  | 500
          """)
  void reads_hundreds(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          năm nghìn                                | 5000
          hai trăm ngàn                            | 200000
          500k                                     | 500000
          800tr                                    | 800000000
          850 củ                                   | 850000000
          một tỷ                                   | 1000000000
          hai mươi mốt nghìn không trăm mười một   | 21011
          1 tỷ 500 triệu                           | 1500000000
          hai tỷ ba trăm triệu                     | 2300000000
          một nghìn tỷ                             | 1000000000000
          trăm triệu                               | 100000000
          chục tỷ                                  | 10000000000
          """)
  void multiplies_each_group_by_its_unit_and_adds_the_groups(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          1 tỷ 2            | 1200000000
          1ty2              | 1200000000
          một tỷ hai        | 1200000000
          2 tỷ 500          | 2500000000
          một tỷ hai trăm   | 1200000000
          1tr5              | 1500000
          hai tỷ năm        | 2500000000
          2 tỷ rưỡi         | 2500000000
          tỷ rưỡi           | 1500000000
          triệu rưỡi        | 1500000
          nửa tỷ            | 500000000
          tỷ rưởi           | 1500000000
          """)
  void reads_the_elided_digits_after_the_last_unit_and_the_half(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          tỷ tư             | 1400000000
          tỷ hai            | 1200000000
          tỷ mốt            | 1100000000
          triệu hai         | 1200000
          trăm rưỡi triệu   | 150000000
          ba trăm rưỡi triệu | 350000000
          ba trăm rưỡi      | 350
          tỷ                | null
          tỷ hai máy        | null
          tr hai            | null
          """)
  void a_unit_said_first_is_one_of_it_when_its_elided_digit_follows(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          hai tỷ lẻ năm mươi triệu      | 2050000000
          một tỷ linh năm triệu         | 1005000000
          ba triệu lẻ hai mươi nghìn    | 3020000
          một nghìn lẻ năm              | 1005
          hai tỷ lẻ năm                 | null
          hai tỷ lẻ năm trăm triệu      | null
          hai triệu lẻ ba tỷ            | null
          """)
  void odd_after_a_unit_skips_the_hundreds_of_the_next_group(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          350 000 000 đồng  | 350000000
          1 200 000 000     | 1200000000
          1 200 triệu       | 1200000000
          2 500 kg          | 2
          1 200 000 45      | 1
          0912 345 678      | null
          """)
  void digits_grouped_by_spaces_are_one_number_only_when_groups_of_three_follow(String words,
      String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          2 tỷ 50           | null
          hai tỷ hai mươi   | null
          2 tỷ 05           | null
          một trăm hai      | null
          hai trăm năm triệu | null
          5 trăm 5 triệu    | null
          1.5000            | null
          """)
  void two_elided_digits_are_ambiguous_and_read_as_nothing(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          1 tỷ 2 máy        | 1000000000
          2 tỷ năm 2026     | 2000000000
          2 tỷ năm nay      | 2000000000
          1 tỷ 5 năm        | 1000000000
          """)
  void a_number_that_counts_something_else_is_not_the_elided_digits(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          2,5               | 2.5
          5 trăm 50 triệu   | 550000000
          1 trăm 2 chục     | 120
          1.5               | 1.5
          1.500.000.000     | 1500000000
          1,200,000         | 1200000
          200.000           | 200000
          1.200             | 1200
          hai phẩy năm      | 2.5
          2 chấm 23         | 2.23
          """)
  void reads_decimal_commas_and_thousands_separators(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @Test
  void a_leading_zero_is_a_phone_or_a_code_not_a_number() {
    assertThat(read("0912 345 678")).isEqualTo("null");
    assertThat(read("0,5")).isEqualTo("0.5");
  }

  @Test
  void a_number_word_before_digits_is_not_one_number_with_them() {
    List<Numerals.Token> tokens = Numerals.tokens("năm 2025");
    Numerals.Parsed parsed = Numerals.parse(tokens, 0);
    assertThat(parsed).isNull();
  }

  @Test
  void keeps_the_first_and_last_unit_for_ranges_to_share() {
    Numerals.Parsed parsed = Numerals.parse(Numerals.tokens("1 tỷ 500 triệu"), 0);
    assertThat(parsed.firstUnit()).isEqualByComparingTo(BigDecimal.valueOf(1_000_000_000));
    assertThat(parsed.lastUnit()).isEqualByComparingTo(BigDecimal.valueOf(1_000_000));
    assertThat(Numerals.parse(Numerals.tokens("1"), 0).hasUnit()).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          hai trăm 50 triệu                   | 250000000
          hai tram 50 trieu                   | 250000000
          ba trăm 2 chục triệu                | 320000000
          hai trăm 5 triệu                    | null
          2 trăm rưỡi triệu                   | 250000000
          2 tram ruoi trieu                   | 250000000
          một nghìn bảy trăm năm mươi triệu   | 1750000000
          mot nghin bay tram nam muoi trieu   | 1750000000
          1 nghìn 500 triệu                   | 1500000000
          hai nghìn tỷ                        | 2000000000000
          5 nghìn 2 triệu                     | 5000
          1,500 tỷ                            | null
          1,5 tỷ                              | 1500000000
          2 tỷ lẻ                             | null
          1 tỷ mấy                            | null
          2 tỷ lẻ năm mươi triệu              | 2050000000
          """)
  void round_14_forms_of_the_number_itself(String words, String value) {
    assertThat(read(words)).isEqualTo(value);
  }
}

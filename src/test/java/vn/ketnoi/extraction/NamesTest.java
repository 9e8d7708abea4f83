package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Công ty TNHH Chế biến Điều Phú Riềng (Bình Phước), 180 công nhân         | Công ty TNHH Chế biến Điều Phú Riềng
          bên mình là Công ty CP Tư vấn Thiết kế Cầu đường Nam Việt (TP.HCM)       | Công ty CP Tư vấn Thiết kế Cầu đường Nam Việt
          Công ty TNHH Gốm Xây dựng Bình Minh ở Vĩnh Long sản xuất gạch            | Công ty TNHH Gốm Xây dựng Bình Minh
          Công ty CP Giống cây trồng Phù Sa (Sóc Trăng) mong muốn                  | Công ty CP Giống cây trồng Phù Sa
          HTX tụi tui ở Thoại Sơn, tên HTX Nông nghiệp Tân Hòa, có 300ha           | HTX Nông nghiệp Tân Hòa
          Em là Hoàng Thị Yến ở Công ty TNHH Nông sản Sạch Tâm Phát, cho em hỏi    | Công ty TNHH Nông sản Sạch Tâm Phát
          Công ty TNHH MTV Công trình Đô thị Tân Châu (An Giang) cần               | Công ty TNHH MTV Công trình Đô thị Tân Châu
          HTX Che Shan tuyet Suoi Giang, Van Chan, Yen Bai                         | HTX Che Shan tuyet Suoi Giang
          Phòng xét nghiệm Y khoa An Bình ở Biên Hòa                               | Phòng xét nghiệm Y khoa An Bình
          Cơ sở sản xuất bánh tráng Thuận Hưng ở Tây Ninh cần máy                  | Cơ sở sản xuất bánh tráng Thuận Hưng
          Trang trại gà Minh Phú ở Phú Thọ muốn                                    | Trang trại gà Minh Phú
          Doanh nghiệp tư nhân Cơ khí Hùng Cường (Thái Bình) có 35 công nhân       | Doanh nghiệp tư nhân Cơ khí Hùng Cường
          Công ty Minh Phát cần máy                                                | Công ty Minh Phát
          Cong ty TNHH Nhua Tan Tien o Binh Duong can khuon                        | Cong ty TNHH Nhua Tan Tien
          Hộ kinh doanh Mai Anh ở Tuyên Quang                                      | Hộ kinh doanh Mai Anh
          htx gao ST25 Soc Trang can may xay xat gao, HTX Lua gao Ho Duc Tho, a Tho | HTX Lua gao Ho Duc Tho
          cty noi that Go Dep o Nghe An can may CNC, cty TNHH Noi that Go Dep, a Vinh | cty TNHH Noi that Go Dep
          HTX Chè Tân Cương cần máy, htx bên em ở Thái Nguyên                      | HTX Chè Tân Cương
          Tiem banh Ngoc Anh, chi Ngoc Anh                                         | Tiem banh Ngoc Anh
          Xưởng nhà em cần máy cắt laser, 0907 654 321, Cơ khí Tân Tiến, anh Tiến   | Cơ khí Tân Tiến
          cần máy cơ khí Đức chính xác cao                                         | null
          cty minh san xuat banh rang o Thu Duc                                    | null
          Cty bọn mình ở Cầu Giấy, Hà Nội                                          | null
          Mình là chủ trại bò sữa 200 con ở Mộc Châu                               | null
          co so lam lap xuong cua tui o Vinh Chau                                  | null
          Xưởng em đúc chi tiết nhôm                                               | null
          Startup bên mình ở Q.7                                                   | null
          xưởng dệt lụa tơ tằm nhỏ, 18 thợ                                         | null
          """)
  void finds_the_business_name(String text, String expected) {
    Names.Span span = Names.company(Doc.of(text));
    assertThat(span == null ? null : span.text()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Mình tên Lò Văn Hải, 0812 446 093                           | Lò Văn Hải
          Tui là Châu Văn Tư, 0919 846 302                            | Châu Văn Tư
          Em là Giàng Thị Mai                                         | Giàng Thị Mai
          Mr Phước 0905 771 336                                       | Phước
          Anh Quang 0398 227 615                                      | Quang
          Ms. Quyên 0938 205 661                                      | Quyên
          Liên hệ DS. Trịnh Thị Loan, 0263 3 821 459.                 | Trịnh Thị Loan
          LH: anh Đinh Công Hậu 0981.220.347                          | Đinh Công Hậu
          sđt 0962 184 550 - Đạt                                      | Đạt
          Liên hệ TS. Lê Minh Khoa, khoa@dhnl.edu.vn                  | Lê Minh Khoa
          Lien he anh Son 0909 337 120                                | Son
          Tôi là Nguyễn Văn Nam, giám đốc                             | Nguyễn Văn Nam
          chị Phạm Thị Hạnh 0918 223 441                              | Phạm Thị Hạnh
          0868 555 210 - Lan                                          | Lan
          chao so, e la Trang ben co so banh pia Kim Phat              | Trang
          Cty TNHH Nem Thanh Hoa Xuan, e Linh                         | Linh
          a Phong, 0966 777 888                                       | Phong
          lien he c Thanh 0912 345 678                                | Thanh
          chủ nhiệm Võ Thị Lan, 0275 3650 789                         | Võ Thị Lan
          HTX Long Nhãn, Nguyễn Văn Hưng 0936 555 444                 | Nguyễn Văn Hưng
          dan xung quanh phan anh. Can don vi tu van                  | null
          chào anh chị ạ                                              | null
          Mình là chủ trại bò sữa                                     | null
          Tôi là Giám đốc Công ty ABC                                 | null
          Cần đào tạo cho anh em kỹ thuật                             | null
          Chào Sở, bên mình là Công ty CP Minh An                      | null
          """)
  void finds_the_contact_person(String text, String expected) {
    Names.Span span = Names.person(Doc.of(text), new BitSet());
    assertThat(span == null ? null : span.text()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          Shop Mộc Hương, Nhi, 0903 111 222                | Nhi
          Cty TNHH Tin hoc Son Tra, Minh                  | Minh
          Công ty TNHH ABC, Hà Nội                         | null
          Công ty TNHH ABC, Giám đốc                       | null
          Công ty TNHH ABC, Nguyễn Văn Nam Phúc Hậu, 0912  | null
          """)
  void finds_the_person_named_alone_after_the_business(String text, String expected) {
    Doc doc = Doc.of(text);
    BitSet places = new BitSet();
    places.or(new Provinces().names(doc, new BitSet()));
    Names.Span span = Names.personAfter(doc, Names.company(doc), places);
    assertThat(span == null ? null : span.text()).isEqualTo(expected);
  }
}

package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed answers to each choice, as business owners write them on a phone. */
class YesNoReaderTest {

  @ParameterizedTest(name = "{1} to {0} is {2}")
  @CsvSource(delimiter = '|', textBlock = """
      CONSENT | Đồng ý                              | Yes
      CONSENT | dong y                              | Yes
      CONSENT | đồng ý ạ                            | Yes
      CONSENT | Dạ em đồng ý ạ                      | Yes
      CONSENT | dạ                                  | Yes
      CONSENT | Dạ vâng                             | Yes
      CONSENT | vâng ạ                              | Yes
      CONSENT | vang                                | Yes
      CONSENT | ừ                                   | Yes
      CONSENT | uh                                  | Yes
      CONSENT | ừm ok                               | Yes
      CONSENT | ok                                  | Yes
      CONSENT | okkk                                | Yes
      CONSENT | oke nha                             | Yes
      CONSENT | ok e                                | Yes
      CONSENT | Okie em                             | Yes
      CONSENT | có                                  | Yes
      CONSENT | dạ có                               | Yes
      CONSENT | được                                | Yes
      CONSENT | dc                                  | Yes
      CONSENT | đc luôn                             | Yes
      CONSENT | 👍                                  | Yes
      CONSENT | đồng ý nhé em                       | Yes
      CONSENT | chị đồng ý nha                      | Yes
      CONSENT | đồng ý hết                          | Yes
      CONSENT | ok cảm ơn em                        | Yes
      CONSENT | không sao, đồng ý                   | Yes
      CONSENT | nhất trí                            | Yes
      CONSENT | yes                                 | Yes
      CONSENT | Không đồng ý                        | No
      CONSENT | không                               | No
      CONSENT | ko                                  | No
      CONSENT | k                                   | No
      CONSENT | hông                                | No
      CONSENT | ko dong y                           | No
      CONSENT | chưa đồng ý                         | No
      CONSENT | thôi em                             | No
      CONSENT | thoi                                | No
      CONSENT | dạ không ạ                          | No
      CONSENT | không ạ, cảm ơn                     | No
      CONSENT | từ chối                             | No
      CONSENT | chưa đâu                            | No
      CONSENT | để sau                              | No
      CONSENT | 👎                                  | No
      CONSENT | đồng ý thì có bị gọi làm phiền không?  | Neither
      CONSENT | đồng ý thì có bị gọi làm phiền không   | Neither
      CONSENT | để em hỏi giám đốc đã               | Neither
      CONSENT | dữ liệu lưu ở đâu                   | Neither
      CONSENT | cty em làm chè ở Thái Nguyên        | Neither
      CONSENT | đồng ý không                        | Neither
      CONSENT | cảm ơn                              | Neither
      CONSENT | không có gì                         | Neither
      CONFIRM | Xác nhận                            | Yes
      CONFIRM | xac nhan                            | Yes
      CONFIRM | đúng rồi em                         | Yes
      CONFIRM | dạ đúng rồi ạ                       | Yes
      CONFIRM | dung r                              | Yes
      CONFIRM | đúng hết rồi                        | Yes
      CONFIRM | chuẩn                               | Yes
      CONFIRM | chuẩn rồi em                        | Yes
      CONFIRM | chính xác                           | Yes
      CONFIRM | ko sai gì, xác nhận                 | Yes
      CONFIRM | không sai                           | Yes
      CONFIRM | không cần sửa gì                    | Yes
      CONFIRM | ok lưu giúp em                      | Neither
      CONFIRM | lưu lại nhé                         | Yes
      CONFIRM | gửi đi em                           | Yes
      CONFIRM | ✅                                  | Yes
      CONFIRM | ok chốt                             | Yes
      CONFIRM | thôi được rồi                       | Yes
      CONFIRM | sai rồi                             | No
      CONFIRM | không đúng                          | No
      CONFIRM | chưa đúng                           | No
      CONFIRM | sửa sđt thành 0912 345 678          | Neither
      CONFIRM | đúng rồi nhưng sửa kinh phí 300 triệu | Neither
      CONFIRM | ok, sdt 0987654321                  | Neither
      CONFIRM | à nhầm, kinh phí 1,5 tỷ             | Neither
      CONFIRM | đúng không em                       | Neither
      ERASE   | Xóa dữ liệu                         | Yes
      ERASE   | xóa đi                              | Yes
      ERASE   | xoa het                             | Yes
      ERASE   | có, xóa giúp                        | Neither
      ERASE   | dạ có                               | Yes
      ERASE   | Không xóa                           | No
      ERASE   | đừng xóa                            | No
      ERASE   | thôi giữ lại                        | No
      ERASE   | ko xoa                              | No
      ERASE   | xóa xong có gửi lại được không      | Neither
      """)
  void reads_a_typed_reply(YesNo.Choice choice, String text, String expected) {
    assertThat(YesNoReader.read(text, choice).getClass().getSimpleName()).as(text).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      cảm ơn               | true
      cam on nhe           | true
      Cám ơn em nhiều      | true
      dạ thanks em         | true
      tks                  | true
      ok cảm ơn            | true
      cảm ơn, cho hỏi phí bao nhiêu | false
      cảm ơn?              | false
      ok                   | false
      """)
  void tells_thanks_apart(String text, boolean thanks) {
    assertThat(YesNoReader.isThanks(text)).isEqualTo(thanks);
  }
}

package vn.ketnoi.extraction;

import java.util.BitSet;

/**
 * Who and where a message names, read before any keyword: the business, the person, and the
 * proper names (countries, Việt Nam included, provinces, places, the person) inside which no
 * keyword counts. A form label ("Đơn vị:", "Họ tên:", "Địa chỉ:") beats every guess.
 *
 * @param doc the message, with its proper names marked ({@link Doc#withProperNames})
 * @param names the words of the business's and the person's names
 * @param countries the words of the countries named in full
 */
record Who(Doc doc, Names.Span company, Names.Span person, BitSet names, BitSet countries) {

  static Who read(String message, Provinces provinces) {
    Doc plain = Doc.of(message);
    BitSet names = new BitSet();
    Names.Span company = company(plain);
    // A loose "htx mật ong Sơn La" before the name proper says where, but no "ông Sơn La" is in it.
    BitSet businesses = new BitSet();
    Names.companies(plain).forEach(other -> businesses.set(other.from(), other.to()));
    if (company != null) {
      names.set(company.from(), company.to());
    }
    // A country comes first, so that "Viet Nam can" is not the place "Năm Căn".
    BitSet countries = Countries.names(plain);
    BitSet proper = (BitSet) countries.clone();
    proper.or(provinces.names(plain, countries));
    BitSet notPerson = (BitSet) names.clone();
    notPerson.or(businesses);
    notPerson.or(proper);
    Names.Span person = person(plain, notPerson);
    person = person == null && company != null ? Names.personAfter(plain, company, notPerson) : person;
    if (person != null) {
      names.set(person.from(), person.to());
      proper.set(person.from(), person.to());
    }
    proper.or(namesBeforePhones(plain));
    proper.or(streets(plain));
    return new Who(plain.withProperNames(proper), company, person, names, countries);
  }

  private static final WordSet TITLES =
      new WordSet("anh", "chị", "em", "cô", "chú", "bác", "ông", "bà", "a", "c");

  /**
   * "lh anh nam 0912 345 678": one word between a title and a phone is a name even in lower case,
   * as chat writes it, so no keyword ("nấm") is read in it.
   */
  private static BitSet namesBeforePhones(Doc doc) {
    BitSet words = new BitSet();
    for (Phones.Candidate phone : Phones.candidates(doc.original())) {
      int next = doc.wordAt(phone.start());
      int name = next - 1;
      if (name >= 1 && doc.joined(name - 1) && TITLES.contains(doc, doc.words().get(name - 1))
          && Character.isLetter(doc.words().get(name).text().charAt(0))
          && doc.gapAfter(name).matches("[:,–-]?")) {
        words.set(name);
      }
    }
    return words;
  }

  /**
   * "dc 45 Nguyen Trai", "số 12 Lê Lợi": after a house number, the street's name is a person's or
   * a date ("Nguyễn Trãi", "3 Tháng 2"), in two or more capitalised words; no keyword is read in
   * it ("Trai" folds onto "trái" and made a bakery's need agriculture).
   */
  private static BitSet streets(Doc doc) {
    BitSet words = new BitSet();
    for (int i = 0; i + 2 < doc.words().size(); i++) {
      if (!doc.words().get(i).numeric() || !doc.joined(i) || !afterAddressCue(doc, i)) {
        continue;
      }
      int to = i + 1;
      while (to < doc.words().size() && to - i <= MOST_STREET_WORDS && doc.words().get(to).capitalized()
          && !doc.words().get(to).numeric()) {
        to++;
        if (!doc.joined(to - 1)) {
          break;
        }
      }
      if (to - (i + 1) >= 2) {
        words.set(i + 1, to);
      }
    }
    return words;
  }

  private static final int MOST_STREET_WORDS = 4;

  /** A house number is said after "số", "dc"/"đc", "sn" or "địa chỉ"; a year or a count is not. */
  private static boolean afterAddressCue(Doc doc, int number) {
    if (number == 0) {
      return false;
    }
    String before = doc.words().get(number - 1).folded();
    return before.equals("so") || before.equals("dc") || before.equals("sn")
        || before.equals("chi") && number >= 2 && doc.words().get(number - 2).folded().equals("dia");
  }

  /** The province of the "Địa chỉ:" line, else the first the message names outside names. */
  String province(Provinces provinces) {
    Forms.Value field = Forms.value(doc, Forms.Label.ADDRESS);
    String address = field == null ? null : provinces.find(
        Doc.of(doc.cut(doc.words().get(field.from()).start(), doc.words().get(field.to() - 1).end())),
        new BitSet());
    BitSet skip = (BitSet) names.clone();
    skip.or(countries);
    return address != null ? address : provinces.find(doc, skip);
  }

  /** The business a form label names ("Đơn vị: …"), else one named after its legal form. */
  private static Names.Span company(Doc doc) {
    Forms.Value field = Forms.value(doc, Forms.Label.COMPANY);
    Names.Span labelled = field == null ? null : Names.labelled(doc, field.from(), field.to(), false);
    return labelled != null ? labelled : Names.company(doc);
  }

  /** The person a form label names ("Họ tên: …", "Người hỏi: …"), else one found by the rules. */
  private static Names.Span person(Doc doc, BitSet skip) {
    Forms.Value field = Forms.value(doc, Forms.Label.PERSON);
    Names.Span labelled = field == null ? null : Names.labelled(doc, field.from(), field.to(), true);
    return labelled != null ? labelled : Names.person(doc, skip);
  }
}

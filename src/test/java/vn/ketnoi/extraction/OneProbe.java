package vn.ketnoi.extraction;

class OneProbe {
  public static void main(String[] args) {
    Extraction e = new RuleExtractor(new Provinces()).extract(args[0], NeedCard.EMPTY);
    System.out.println(e.intent() + " " + e.card());
  }
}

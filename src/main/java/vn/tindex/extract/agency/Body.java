package vn.tindex.extract.agency;

/** A kind of body from {@code bodies.tsv}: its canonical name, short form and how its jurisdiction is written. */
record Body(Scope scope, String canonical, String shortForm) {
    enum Scope { CENTRAL, LOCAL, DEPT, DISTRICTDEPT, PARTY, PARTYDEPT, PREFIX }
}

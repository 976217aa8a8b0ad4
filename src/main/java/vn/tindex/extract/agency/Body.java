package vn.tindex.extract.agency;

/**
 * A kind of body from {@code bodies.tsv}: its canonical name, short form, how its jurisdiction is written, and the
 * days the name was in force (the 2025 mergers ended some names and began others).
 */
record Body(Scope scope, String canonical, String shortForm, Validity valid) {
    enum Scope { CENTRAL, LOCAL, DEPT, DISTRICTDEPT, PARTY, PARTYDEPT, PREFIX }
}

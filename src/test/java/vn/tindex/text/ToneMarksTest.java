package vn.tindex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ToneMarksTest {
    @Test
    void oldPlacementMovesToTheFirstVowelOfOpenSyllables() {
        assertEquals("hòa thủy Ủy ban khỏe Khánh Hòa", ToneMarks.canonical("hoà thuỷ Uỷ ban khoẻ Khánh Hoà"));
        assertEquals("HÒA", ToneMarks.canonical("HOÀ"));
    }

    @Test
    void closedSyllablesAndQuStayAsWritten() {
        String text = "hoàng toán thuyết quý Quỳnh quỷ";
        assertEquals(text, ToneMarks.canonical(text));
    }

    @Test
    void lengthAndOffsetsArePreserved() {
        String text = "Uỷ ban nhân dân tỉnh Khánh Hoà họp.";
        String canonical = ToneMarks.canonical(text);
        assertEquals(text.length(), canonical.length());
        assertEquals("Khánh Hòa", canonical.substring(text.indexOf("Khánh"), text.indexOf("Khánh") + 9));
    }
}

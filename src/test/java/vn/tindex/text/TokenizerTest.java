package vn.tindex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void genreCompoundsAreSingleTokens() {
        assertEquals(List.of("ngày", "15/10/2020", ",", "187/187", "nhiệm", "vụ", ",", "83,70%", ",", "1.573,1", "tỷ"),
                texts("ngày 15/10/2020, 187/187 nhiệm vụ, 83,70%, 1.573,1 tỷ"));
        assertEquals(List.of("Sở", "KH&ĐT", ",", "Sở", "LĐ-TB&XH", ",", "NN-PTNT"), texts("Sở KH&ĐT, Sở LĐ-TB&XH, NN-PTNT"));
        assertEquals(List.of("Quyết", "định", "788/QĐ-UBND", "và", "880-QĐ/TU"), texts("Quyết định 788/QĐ-UBND và 880-QĐ/TU"));
        assertEquals(List.of("lúc", "14h30", "tại", "TP.", "Lạng", "Sơn"), texts("lúc 14h30 tại TP. Lạng Sơn"));
        assertEquals(List.of("xem", "https://langson.gov.vn/tin-tuc", "hoặc", "vanphong@langson.gov.vn"),
                texts("xem https://langson.gov.vn/tin-tuc hoặc vanphong@langson.gov.vn"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Sáng 7-2, PGS.TS. Lê Văn A họp./.";
        for (Token t : tokenizer.tokenize(text)) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(List.of("Sáng", "7-2", ",", "PGS.TS.", "Lê", "Văn", "A", "họp", "./."), texts(text));
    }

    @Test
    void titlesWithInnerDotsDomainsAndKinds() {
        assertEquals(List.of("Th.S", "Lê", "Văn", "A", ",", "TS.BS", "Trần", "B", ",", "PGS.TS.", "Ngô", "C"),
                texts("Th.S Lê Văn A, TS.BS Trần B, PGS.TS. Ngô C"));
        assertEquals(List.of("tại", "langson.gov.vn", "và", "www.chinhphu.vn", "."),
                texts("tại langson.gov.vn và www.chinhphu.vn."));
        List<Token> tokens = tokenizer.tokenize("Ngày 15/10/2020 Sở KH&ĐT ban hành 788/QĐ-UBND (83,70%) tại langson.gov.vn");
        assertEquals(List.of(Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.WORD, Token.Kind.ABBREVIATION,
                Token.Kind.WORD, Token.Kind.WORD, Token.Kind.DOCUMENT_NUMBER, Token.Kind.PUNCTUATION, Token.Kind.NUMBER,
                Token.Kind.PUNCTUATION, Token.Kind.WORD, Token.Kind.URL), tokens.stream().map(Token::kind).toList());
    }

    @Test
    void wordsBeforeDotsStayApartFromAbbreviations() {
        assertEquals(List.of("tỷ", "đồng", ".", "TP.", "Lạng", "Sơn", ",", "v.v.", "…", "xong", "..."),
                texts("tỷ đồng. TP. Lạng Sơn, v.v. … xong..."));
        assertEquals(List.of("TP", ".", "HCM", "và", "Q.", "1"), texts("TP.HCM và Q. 1"));
        assertEquals(List.of("Sở", "NN", "-", "PTNT", "và", "NN-PTNT"), texts("Sở NN - PTNT và NN-PTNT"));
    }

    @Test
    void noBreakSpacesSeparateTokens() {
        String text = "Sở\u00A0Xây dựng";
        List<Token> tokens = tokenizer.tokenize(text);
        assertEquals(List.of("Sở", "Xây", "dựng"), tokens.stream().map(Token::text).toList());
        assertEquals(3, tokens.get(1).start());
    }
}

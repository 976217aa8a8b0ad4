package vn.tindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

class ArticleQueryParserTest {
    private static String error(String query) {
        return assertThrows(IllegalArgumentException.class, () -> ArticleQueryParser.parse(query)).getMessage();
    }

    @Test
    void malformedQueriesSayWhatAndWhere() {
        assertEquals("cannot parse query 'agency:(': '(' at column 8 is never closed", error("agency:("));
        assertEquals("cannot parse query 'a \"b c': the quote at column 3 is never closed", error("a \"b c"));
        assertEquals("cannot parse query 'a )': ')' at column 3 has no matching '('", error("a )"));
        assertEquals("cannot parse query 'title:': the query ends too early", error("title:"));
        assertEquals("cannot parse query '15/10 AND': the query ends too early", error("15/10 AND"));
        assertTrue(error("agent:xây").startsWith("cannot parse query 'agent:xây': unknown field 'agent' (fields:"
                + " title, text, agency, official, post, province, kind, year"), error("agent:xây"));
        assertTrue(error("*nhiem").startsWith("cannot parse query '*nhiem': "), error("*nhiem"));
        assertTrue(error("[a TO b]").contains("work on year, date, published and meeting"), error("[a TO b]"));
        // columns count in the user's text, not in the escaped one
        assertEquals("cannot parse query 'a / AND AND b': unexpected 'AND' at column 9", error("a / AND AND b"));
    }

    @Test
    void parsesTheUsualSyntax() {
        assertInstanceOf(MatchAllDocsQuery.class, ArticleQueryParser.parse("  "));
        String q = ArticleQueryParser.parse("nhiệm vụ").toString();
        assertTrue(q.contains("text:nhiệm") && q.contains("text_folded:nhiem") && q.contains("title_folded:vu"), q);
        assertTrue(q.startsWith("+("), q); // words are required
        String phrase = ArticleQueryParser.parse("title:\"Sở Xây dựng\" 15/10/2020").toString();
        assertTrue(phrase.contains("title_folded:\"so xay dung\""), phrase);
        assertTrue(!phrase.contains("text:\"sở"), phrase);
        assertTrue(phrase.contains("text_folded:\"15 10 2020\""), phrase); // pieces of one word: a phrase
        String prefix = ArticleQueryParser.parse("Nhiệm*").toString();
        assertTrue(prefix.contains("text_folded:nhiem*") && prefix.contains("text:nhiệm*"), prefix);
    }
}

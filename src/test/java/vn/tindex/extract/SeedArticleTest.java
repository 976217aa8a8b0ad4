package vn.tindex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tindex.codec.RecordJson;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.Article;
import vn.tindex.model.ArticleRecord;

/**
 * The user's seed article must yield every fact of the contract's seed-expected.json (a copy beside this test):
 * names, titles, organizations, date values, counts, verbs, speakers, addressees.
 */
class SeedArticleTest {
    private static ArticleRecord record;
    private static JsonNode expected;
    private static JsonNode actual;

    @BeforeAll
    static void extract() throws IOException {
        Path seed = Path.of("corpus/articles/000_e0d662cfddb07dc5.txt");
        List<Article> articles = new java.util.ArrayList<>();
        new ArticleInputs().read(List.of(seed.toString()), articles::add, issue -> {
            throw new AssertionError(issue.toString());
        });
        record = new Extractor().extract(articles.get(0));
        actual = RecordJson.mapper().valueToTree(record);
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("seed-expected.json")) {
            expected = RecordJson.mapper().readTree(in);
        }
        assertTrue(Files.exists(seed));
    }

    @Test
    void provinceAndSpans() {
        assertEquals(expected.get("province").asText(), record.province());
        Extracted.assertSpans(record);
    }

    @Test
    void everyExpectedFactIsFound() {
        for (String kind : List.of("dates", "officials", "agencies", "taskCounts", "directives", "events")) {
            for (JsonNode want : expected.get(kind)) {
                assertTrue(contains(actual.get(kind), want), kind + " missing " + want + " in " + actual.get(kind));
            }
        }
    }

    /** Some fact of {@code have} agrees with every field {@code want} gives (the extraction may hold more). */
    private static boolean contains(JsonNode have, JsonNode want) {
        for (JsonNode fact : have) {
            boolean all = true;
            for (var it = want.fields(); it.hasNext(); ) {
                var field = it.next();
                JsonNode value = fact.get(field.getKey());
                all &= field.getValue().isNumber() && value != null && value.isNumber()
                        ? field.getValue().asLong() == value.asLong() : field.getValue().equals(value);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}

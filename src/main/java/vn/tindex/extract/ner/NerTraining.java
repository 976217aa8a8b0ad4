package vn.tindex.extract.ner;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.tindex.codec.RecordJson;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.Article;

/** Builds the tagger's training set from the gold files of one split and trains the model ({@code tindex train ner}). */
public final class NerTraining {
    private NerTraining() {}

    /** The labelled sentences of every gold file of {@code split} whose article reads. */
    public static List<List<CoreLabel>> sentences(Path goldDir, Path articleDir, String split, PrintStream err)
            throws IOException {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        NerLabeler labeler = new NerLabeler();
        ArticleInputs inputs = new ArticleInputs();
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode gold = RecordJson.mapper().readTree(file.toFile());
            if (!split.equals(gold.path("split").asText())) {
                continue;
            }
            List<Article> articles = new ArrayList<>();
            inputs.read(List.of(articleDir.resolve(gold.path("article").asText()).toString()), articles::add,
                    issue -> err.println("tindex: skipped " + issue));
            for (Article a : articles) {
                sentences.addAll(labeler.label(a.text(), gold));
            }
        }
        return sentences;
    }
}

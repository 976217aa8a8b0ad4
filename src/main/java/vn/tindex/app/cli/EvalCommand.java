package vn.tindex.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tindex.codec.RecordJson;
import vn.tindex.eval.Evaluation;
import vn.tindex.eval.GoldFile;
import vn.tindex.extract.Extractor;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.model.ArticleRecord;

/** {@code tindex eval GOLD_DIR}: precision, recall and F1 per fact kind against hand-checked gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run extraction on the articles the gold files name and print precision, recall and F1 per"
                + " fact kind, and a last line 'macro-F1 X.XXX'.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "folder of gold files (corpus/gold)")
    Path goldDir;

    @Option(names = "--articles", paramLabel = "DIR", description = "folder of the articles (default: GOLD_DIR/../articles)")
    Path articles;

    @Option(names = "--split", paramLabel = "SPLIT", description = "only gold files of this split (train, test); default: all")
    String split;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "COMBINED",
            description = "which finders of people and bodies run: RULES, STATISTICAL (the CRF alone) or COMBINED"
                    + " (default: ${DEFAULT-VALUE})")
    Extractor.Mode mode;

    @Option(names = "--errors", description = "also print the misses, false positives and wrong attributes, article by article")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        Evaluation evaluation = evaluate(goldDir, articles == null ? goldDir.resolveSibling("articles") : articles,
                split, mode, System.err);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (errors) {
            evaluation.errors().forEach(out::println);
            out.println();
        }
        out.print(evaluation.table(evaluation.articles()));
        return 0;
    }

    /** Scores extraction on the gold files of {@code goldDir} (of one split, or all when null). */
    static Evaluation evaluate(Path goldDir, Path articleDir, String split, Extractor.Mode mode, PrintStream err)
            throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new IllegalArgumentException("no gold folder at " + goldDir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Extractor extractor = new Extractor(mode);
        ArticleInputs inputs = new ArticleInputs();
        Evaluation evaluation = new Evaluation();
        for (Path file : files) {
            GoldFile gold;
            try {
                gold = GoldFile.read(file);
            } catch (IOException e) {
                err.println("tindex: skipped " + file + ": not a gold file: " + e.getMessage());
                continue;
            }
            if (split != null && !split.equals(gold.split())) {
                continue;
            }
            Path article = articleDir.resolve(gold.article());
            List<ArticleRecord> records = new ArrayList<>();
            inputs.read(List.of(article.toString()), a -> records.add(extractor.extract(a)),
                    issue -> err.println("tindex: skipped " + issue));
            if (records.isEmpty()) {
                continue;
            }
            JsonNode system = RecordJson.mapper().valueToTree(records.get(0));
            evaluation.add(gold.article(), gold.facts(), system);
        }
        return evaluation;
    }
}

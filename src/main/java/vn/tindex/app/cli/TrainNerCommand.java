package vn.tindex.app.cli;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tindex.extract.ner.NerModel;
import vn.tindex.extract.ner.NerTraining;

/** {@code tindex train ner}: trains the organization and person tagger on the corpus train split. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the CRF tagger for organizations and people on the gold files of one split (labels"
                + " from the gold agencies and officials written in each article) and write the model.")
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "corpus/gold", description = "gold folder (default: ${DEFAULT-VALUE})")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR", description = "articles folder (default: GOLD/../articles)")
    Path articles;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "train", description = "split to train on (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/vi-ner-1.crf.ser.gz", description = "model file (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-3", description = "CRF convergence tolerance (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Override
    public Integer call() throws IOException {
        Path articleDir = articles == null ? gold.resolveSibling("articles") : articles;
        List<List<CoreLabel>> sentences = NerTraining.sentences(gold, articleDir, split, System.err);
        long tokens = sentences.stream().mapToLong(List::size).sum();
        System.err.printf("tindex: training on %d sentences, %d tokens of split '%s'%n", sentences.size(), tokens, split);
        long started = System.nanoTime();
        NerModel.train(sentences, out, tolerance);
        System.err.printf("tindex: wrote %s in %.1f s; rebuild (mvn package) to ship it in the jar%n", out,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}

package vn.tindex.app.cli;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tindex.text.segment.Conllu;
import vn.tindex.text.segment.CrfSegmenter;
import vn.tindex.text.segment.SegmentationScore;
import vn.tindex.text.segment.SegmentedSentence;
import vn.tindex.text.segment.Segmenter;
import vn.tindex.text.segment.SegmenterTrainer;

/**
 * {@code tindex train segmenter}: trains the word segmenter on CoNLL-U treebank files, or scores a model with
 * {@code --evaluate MODEL --test FILE}. A file whose name says it is a test split is refused for training.
 */
@Command(name = "segmenter", mixinStandardHelpOptions = true,
        description = "Train the CRF word segmenter on CoNLL-U files (UD Vietnamese VTB: --train train, and --train"
                + " dev for the shipped model) and write the model; or score a model: --evaluate MODEL --test FILE"
                + " (word F1, words compared as spans of syllable positions).")
final class TrainSegmenterCommand implements Callable<Integer> {
    @Option(names = "--train", paramLabel = "FILE", description = "CoNLL-U training file (repeatable)")
    List<Path> train = new ArrayList<>();

    @Option(names = "--dev", paramLabel = "FILE", description = "CoNLL-U file to score the new model on (not trained on)")
    Path dev;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = Segmenter.RESOURCE,
            description = "model file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--sigma", defaultValue = "0.5", description = "Gaussian prior of the CRF (default: ${DEFAULT-VALUE})")
    double sigma;

    @Option(names = "--tolerance", defaultValue = "1e-4", description = "optimizer tolerance (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--folds", defaultValue = "10", description = "folds for the dictionary features (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--no-gazetteers", description = "do not use the project's gazetteers as dictionary features")
    boolean noGazetteers;

    @Option(names = "--evaluate", paramLabel = "MODEL", description = "score this model on --test instead of training")
    Path evaluate;

    @Option(names = "--test", paramLabel = "FILE", description = "CoNLL-U file to score --evaluate on")
    Path test;

    @Override
    public Integer call() throws IOException {
        if (evaluate != null) {
            return evaluate();
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException("give --train FILE (or --evaluate MODEL --test FILE)");
        }
        List<SegmentedSentence> sentences = new ArrayList<>();
        for (Path file : train) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.contains("test")) {
                throw new IllegalArgumentException("refusing to train on a test split: " + file);
            }
            sentences.addAll(read(file));
        }
        long syllables = sentences.stream().mapToLong(SegmentedSentence::size).sum();
        System.err.printf("tindex: training on %d sentences, %d syllables%n", sentences.size(), syllables);
        long started = System.nanoTime();
        SegmenterTrainer.Options options = new SegmenterTrainer.Options(sigma, tolerance, folds, !noGazetteers,
                Math.min(2, Runtime.getRuntime().availableProcessors()));
        CRFClassifier<CoreLabel> crf = new SegmenterTrainer(options).train(sentences);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        crf.serializeClassifier(out.toString());
        System.err.printf(Locale.ROOT, "tindex: wrote %s (%d bytes) in %.1f s%n", out, Files.size(out),
                (System.nanoTime() - started) / 1e9);
        if (dev != null) {
            CrfSegmenter segmenter = CrfSegmenter.compile(crf);
            System.out.println("dev  " + dev.getFileName() + ": " + score(segmenter, read(dev)));
        }
        return 0;
    }

    private int evaluate() throws IOException {
        if (test == null) {
            throw new IllegalArgumentException("--evaluate needs --test FILE");
        }
        CrfSegmenter segmenter = CrfSegmenter.compile(Segmenter.loadClassifier(evaluate));
        System.out.println("test " + test.getFileName() + ": " + score(segmenter, read(test)));
        return 0;
    }

    private static SegmentationScore score(CrfSegmenter segmenter, List<SegmentedSentence> gold) {
        return SegmentationScore.of(gold, s -> segmenter.begins(s.syllables().toArray(String[]::new)));
    }

    private static List<SegmentedSentence> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        return Conllu.read(file);
    }
}

package vn.tindex.app.cli;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tindex.ingest.ArticleInputs;
import vn.tindex.text.SentenceSplitter;
import vn.tindex.text.Token;
import vn.tindex.text.Tokenizer;
import vn.tindex.text.normalize.NormalizedText;
import vn.tindex.text.normalize.TextNormalizer;
import vn.tindex.text.segment.CrfSegmenter;
import vn.tindex.text.segment.Segmenter;
import vn.tindex.text.segment.SegmenterBaseline;

/**
 * {@code tindex bench segment}: single-threaded throughput of the text layer on the corpus, stage by stage, with
 * CoreNLP's own CRFClassifier decoding of the same model as the baseline in the same run. Rates are given per
 * wall-clock second and per second of the thread's CPU time (what an idle machine's wall clock would show; the
 * two differ when other processes share the cores). Not a test: run by hand.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Time normalization, tokens and sentences, and word segmentation on the article texts of"
                + " INPUT (one thread), and CoreNLP's CRFClassifier decoding the same model as the baseline;"
                + " prints syllables per second.")
final class BenchSegmentCommand implements Callable<Integer> {
    @Option(names = "--input", defaultValue = "corpus/articles", description = "articles (default: ${DEFAULT-VALUE})")
    String input;

    @Option(names = "--seconds", defaultValue = "10", description = "timed seconds per stage (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "untimed seconds per stage (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--model", paramLabel = "FILE", description = "segmenter model (default: the shipped one)")
    Path model;

    @Override
    public Integer call() {
        if (seconds <= 0 || warmup < 0) {
            throw new IllegalArgumentException("--seconds must be positive and --warmup not negative");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        new ArticleInputs().read(List.of(input), a -> texts.add(a.text()), issue -> { });
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no article text under " + input);
        }
        CRFClassifier<CoreLabel> classifier = model == null ? Segmenter.loadShipped() : Segmenter.loadClassifier(model);
        CrfSegmenter crf = CrfSegmenter.compile(classifier);
        SegmenterBaseline baseline = new SegmenterBaseline(classifier, crf.lexicon());
        TextNormalizer normalizer = TextNormalizer.standard();
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        long syllables = 0;
        long chars = 0;
        for (String text : texts) {
            chars += text.length();
            syllables += tokenizer.tokenize(text).stream().filter(t -> t.kind() == Token.Kind.WORD).count();
        }
        out.printf(Locale.ROOT, "%d articles, %d characters, %d syllables (word tokens); %s s per stage after %s s"
                + " warm-up, one thread%n", texts.size(), chars, syllables, fmt(seconds), fmt(warmup));
        out.printf("%-46s %16s %16s %12s%n", "stage", "syllables/s wall", "syllables/s cpu", "articles/s");
        long perPass = syllables;
        stage(out, "normalize", texts, perPass, t -> normalizer.normalize(t).text().length());
        stage(out, "normalize + tokens + sentences", texts, perPass,
                t -> sentences(normalizer, tokenizer, splitter, t).size());
        stage(out, "normalize + tokens + segmentation (fast CRF)", texts, perPass, t -> {
            long n = 0;
            for (String[] s : sentences(normalizer, tokenizer, splitter, t)) {
                n += crf.begins(s).length;
            }
            return n;
        });
        stage(out, "baseline: same, CoreNLP CRFClassifier decoding", texts, perPass, t -> {
            long n = 0;
            for (String[] s : sentences(normalizer, tokenizer, splitter, t)) {
                n += baseline.begins(s).length;
            }
            return n;
        });
        return 0;
    }

    private static List<String[]> sentences(TextNormalizer normalizer, Tokenizer tokenizer, SentenceSplitter splitter,
                                            String text) {
        NormalizedText n = normalizer.normalize(text);
        List<Token> tokens = tokenizer.tokenize(n.text());
        List<String[]> sentences = new ArrayList<>();
        for (int[] r : splitter.split(n.text(), tokens)) {
            String[] forms = new String[r[1] - r[0]];
            for (int i = r[0]; i < r[1]; i++) {
                forms[i - r[0]] = tokens.get(i).text();
            }
            sentences.add(forms);
        }
        return sentences;
    }

    /** Runs {@code work} over all texts again and again: warm-up, then timed; prints the rate. */
    private void stage(PrintStream out, String name, List<String> texts, long syllablesPerPass,
                       ToLongFunction<String> work) {
        long sink = run(texts, work, (long) (warmup * 1e9))[0];
        long[] timed = run(texts, work, (long) (seconds * 1e9));
        double elapsed = timed[1] / 1e9;
        double cpu = timed[3] / 1e9;
        double passes = timed[2] / (double) texts.size();
        out.printf(Locale.ROOT, "%-46s %,16.0f %,16.0f %,12.0f%s%n", name, passes * syllablesPerPass / elapsed,
                passes * syllablesPerPass / cpu, timed[2] / elapsed, sink == Long.MIN_VALUE ? " " : "");
    }

    /** {sink, nanoseconds, texts done, CPU nanoseconds of this thread}. */
    private static long[] run(List<String> texts, ToLongFunction<String> work, long nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long sink = 0;
        long done = 0;
        long start = System.nanoTime();
        long now = start;
        while (now - start < nanos || done == 0) {
            for (String t : texts) {
                sink += work.applyAsLong(t);
                done++;
            }
            now = System.nanoTime();
        }
        return new long[] {sink, now - start, done, threads.getCurrentThreadCpuTime() - cpuStart};
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}

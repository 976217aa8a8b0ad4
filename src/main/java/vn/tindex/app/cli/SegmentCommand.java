package vn.tindex.app.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tindex.text.segment.Segmenter;
import vn.tindex.text.segment.Word;

/** {@code tindex segment}: Vietnamese word segmentation of standard input, one sentence per output line. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Read Vietnamese text (UTF-8) on standard input and write one sentence per line, the syllables"
                + " of each word joined by _ (Phó Chủ_tịch UBND tỉnh).")
final class SegmentCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "FILE", description = "segmenter model (default: the shipped "
            + Segmenter.RESOURCE + ")")
    Path model;

    @Override
    public Integer call() throws IOException {
        Segmenter segmenter = model == null ? Segmenter.shipped() : Segmenter.load(model);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        // Every line break ends a sentence, so lines can be segmented one at a time, as they arrive.
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            for (List<Word> sentence : segmenter.sentences(line)) {
                for (int i = 0; i < sentence.size(); i++) {
                    if (i > 0) {
                        out.write(' ');
                    }
                    out.write(sentence.get(i).joined());
                }
                out.write('\n');
            }
        }
        out.flush();
        return 0;
    }
}

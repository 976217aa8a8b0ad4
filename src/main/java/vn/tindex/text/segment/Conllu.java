package vn.tindex.text.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads segmented sentences from a CoNLL-U file (Universal Dependencies): column 2 of each word line is a word whose
 * syllables are separated by spaces ({@code chủ tịch}); multiword-token ranges and empty nodes are skipped.
 */
public final class Conllu {
    private Conllu() {}

    public static List<SegmentedSentence> read(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        List<SegmentedSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    flush(words, sentences);
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw new IOException(file + ":" + number + ": not a CoNLL-U word line: " + line);
                }
                if (cols[0].contains("-") || cols[0].contains(".")) {
                    continue;
                }
                if (!cols[1].isBlank()) {
                    words.add(cols[1]);
                }
            }
        }
        flush(words, sentences);
        return sentences;
    }

    private static void flush(List<String> words, List<SegmentedSentence> sentences) {
        if (!words.isEmpty()) {
            sentences.add(SegmentedSentence.ofWords(words));
            words.clear();
        }
    }
}

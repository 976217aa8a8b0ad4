package vn.tindex.text.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The project's gazetteers as the segmenter uses them, read (never written) from the extractors' resource files:
 * place and commune names ({@code agency/places.tsv}, {@code agency/communes.txt}) are names, which the treebank
 * writes as one word ({@code Lạng Sơn}); posts and bodies ({@code official/people.tsv}, {@code agency/bodies.tsv}) are
 * phrases of several words; surnames start a person's name. A missing file fails here, naming its resource path.
 */
public record Gazetteers(Set<String> names, Set<String> phrases, Set<String> surnames) {
    private static final String ROOT = "/vn/tindex/extract/";

    public Gazetteers {
        names = Set.copyOf(names);
        phrases = Set.copyOf(phrases);
        surnames = Set.copyOf(surnames);
    }

    /** No entries: a segmenter trained on treebank data alone. */
    public static Gazetteers none() {
        return new Gazetteers(Set.of(), Set.of(), Set.of());
    }

    /** The gazetteers on the class path. */
    public static Gazetteers load() {
        Set<String> names = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> surnames = new LinkedHashSet<>();
        lines("agency/places.tsv", cols -> {
            if (cols.length > 1) {
                names.add(cols[1]);
            }
        });
        lines("agency/communes.txt", cols -> names.add(cols[0]));
        lines("official/people.tsv", cols -> {
            if (cols.length > 1) {
                phrases.add(cols[1]);
            }
        });
        lines("agency/bodies.tsv", cols -> {
            for (int c = 1; c < Math.min(cols.length, 4); c++) { // names and forms; not the validity column
                for (String form : cols[c].split("\\|")) {
                    if (!form.isBlank()) {
                        phrases.add(form.strip());
                    }
                }
            }
        });
        lines("official/surnames.txt", cols -> surnames.add(cols[0]));
        names.removeIf(n -> n.isBlank());
        return new Gazetteers(names, phrases, surnames);
    }

    private static void lines(String file, Consumer<String[]> row) {
        String path = ROOT + file;
        try (InputStream in = Gazetteers.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer not found on the class path: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            rows.forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + path, e);
        }
    }
}

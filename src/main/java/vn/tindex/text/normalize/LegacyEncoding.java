package vn.tindex.text.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pre-Unicode Vietnamese encodings that still show up in old pages, each as the text looks when its bytes were
 * read as windows-1252 (what a browser or jsoup does without the right charset): TCVN3 ("ViÖt Nam", one byte a
 * letter), VNI ("Vieät Nam", a base letter and a mark character) and windows-1258 ("Vieòt", a base letter and a
 * combining tone byte). Each converts to NFC Unicode with an {@link OffsetMap}; TCVN3 and VNI tables are the resource
 * files {@code tcvn3.tsv} and {@code vni.tsv} beside this class.
 */
public enum LegacyEncoding {
    TCVN3, VNI, WINDOWS_1258;

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset CP1258 = Charset.forName("windows-1258");

    /** Legacy characters (as shown) to Unicode, per encoding; keys of one or two characters. */
    private static final Map<String, String> TCVN3_DECODE = new HashMap<>();
    private static final Map<String, String> VNI_DECODE = new HashMap<>();
    private static final Map<String, String> CP1258_DECODE = new HashMap<>();
    private static final Map<String, String> TCVN3_ENCODE = new LinkedHashMap<>();
    private static final Map<String, String> VNI_ENCODE = new LinkedHashMap<>();

    static {
        table("tcvn3.tsv", 2, TCVN3_DECODE, TCVN3_ENCODE);
        table("vni.tsv", 1, VNI_DECODE, VNI_ENCODE);
        for (int b = 0x80; b <= 0xFF; b++) {
            String shown = new String(new byte[] {(byte) b}, CP1252);
            String meant = new String(new byte[] {(byte) b}, CP1258);
            if (!shown.equals(meant) && shown.charAt(0) != '\uFFFD' && meant.charAt(0) != '\uFFFD') {
                CP1258_DECODE.put(shown, meant);
            }
        }
    }

    private static void table(String file, int column, Map<String, String> decode, Map<String, String> encode) {
        String path = "/vn/tindex/text/normalize/" + file;
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("encoding table not found on the class path: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length <= column || cols[column].isEmpty() || cols[column].length() > 2) {
                    throw new IllegalStateException(path + ":" + number + ": bad row: " + line);
                }
                if (decode.put(cols[column], cols[0]) != null) {
                    throw new IllegalStateException(path + ":" + number + ": duplicate legacy form " + cols[column]);
                }
                encode.put(cols[0], cols[column]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Converts legacy text (as shown through windows-1252) to NFC Unicode, keeping the offset map. */
    public NormalizedText decode(String legacy) {
        if (legacy == null) {
            throw new IllegalArgumentException("legacy must not be null");
        }
        Map<String, String> table = this == TCVN3 ? TCVN3_DECODE : this == VNI ? VNI_DECODE : CP1258_DECODE;
        OffsetMap.Builder out = new OffsetMap.Builder(legacy.length());
        int n = legacy.length();
        for (int i = 0; i < n; ) {
            if (i + 1 < n) {
                String two = table.get(legacy.substring(i, i + 2));
                if (two != null) {
                    out.append(two, i, i + 2);
                    i += 2;
                    continue;
                }
            }
            String one = table.get(String.valueOf(legacy.charAt(i)));
            if (one != null) {
                out.append(one, i, i + 1);
            } else {
                out.append(legacy.charAt(i), i, i + 1);
            }
            i++;
        }
        NormalizedText converted = new NormalizedText(legacy, out.text(), out.map());
        if (this != WINDOWS_1258) {
            return converted;
        }
        // windows-1258 writes tones as combining marks after the letter: compose them
        NormalizedText composed = TextNormalizer.compose(converted.text());
        return new NormalizedText(legacy, composed.text(), converted.map().then(composed.map()));
    }

    /**
     * Encodes Unicode text the way this legacy encoding shows through windows-1252; letters the encoding lacks
     * (TCVN3's upper-case letters with tone marks) are written with their lower-case form, as the capitals fonts did.
     * For tests and samples; windows-1258 is not supported here (use the JDK's charset).
     */
    public String encode(String unicode) {
        if (this == WINDOWS_1258) {
            throw new UnsupportedOperationException("use the JDK's windows-1258 charset");
        }
        Map<String, String> table = this == TCVN3 ? TCVN3_ENCODE : VNI_ENCODE;
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + 16);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            String legacy = table.get(c);
            if (legacy == null && this == TCVN3) {
                legacy = table.get(c.toLowerCase(java.util.Locale.ROOT));
            }
            out.append(legacy != null ? legacy : c);
        }
        return out.toString();
    }
}

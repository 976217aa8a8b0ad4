package vn.tindex.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A 64-bit fingerprint of an article's text for finding the same article at two addresses: the text is normalized
 * (NFC, lower case, every run of characters that are not letters or digits made one space) before hashing, so that
 * spacing, punctuation, line breaks and capitals do not tell two copies apart. Ids ({@link ArticleIds}), which are
 * 16 hex digits, map to 64 bits with {@link #idBits}.
 */
public final class TextFingerprint {
    private TextFingerprint() {}

    /** The fingerprint of a text: the first 8 bytes of the SHA-256 of its normalized form. */
    public static long of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return hash(normalize(text));
    }

    /** The text as fingerprints see it: {@code "Sáng 5/3,  UBND"} gives {@code "sáng 5 3 ubnd"}. */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int c = nfc.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The 64 bits of an article id: its 16 hex digits, or a hash of any other id. */
    public static long idBits(String id) {
        if (id == null) {
            throw new IllegalArgumentException("id must not be null");
        }
        if (id.length() == 16) {
            try {
                return HexFormat.fromHexDigits(id);
            } catch (IllegalArgumentException e) {
                // not hex: hashed below
            }
        }
        return hash(id);
    }

    private static long hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package vn.tindex.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes to text for plain-text inputs: BOMs, UTF-8 (also when a few bytes are broken) with a windows-1258 fallback,
 * binary detection.
 */
final class TextBytes {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final int SAMPLE = 8192;

    private TextBytes() {}

    /** The NFC text of the bytes: BOM stripped; UTF-8 (or UTF-16 by BOM) when valid, else windows-1258. */
    static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = decodeUtf8OrLegacy(bytes, 3);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            text = decodeUtf8OrLegacy(bytes, 0);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** True when the bytes are valid UTF-8 (a BOM included). */
    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * True when the bytes are not text: a NUL byte in the first 8 KB (UTF-16 with a BOM aside), or more than 5% of
     * control bytes other than tab, line breaks, form feed and escape.
     */
    static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false;
        }
        int n = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        return n > 0 && controls > n * 0.05;
    }

    /** True when the bytes hold nothing but whitespace (and a BOM). */
    static boolean isBlank(byte[] bytes) {
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String decodeUtf8OrLegacy(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            if (mostlyUtf8(bytes)) {
                // a UTF-8 text with a few broken bytes: keep the good text, mark the bad bytes with U+FFFD
                return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            }
            return vn.tindex.text.normalize.LegacyText.decode(bytes, offset, bytes.length - offset);
        }
    }

    /**
     * True when the bytes are UTF-8 apart from a few broken sequences: at least 3 well-formed multi-byte sequences
     * and no more broken bytes than that. Legacy Vietnamese (windows-1258: letters and combining tone marks in
     * 0xC0..0xFF, followed by ASCII letters) almost never forms a well-formed UTF-8 sequence, so it stays below.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? (b <= 0xEF ? 3 : 0) : b >= 0xC2 ? 2 : 0;
            boolean wellFormed = length > 0 && i + length <= bytes.length;
            for (int k = 1; wellFormed && k < length; k++) {
                wellFormed = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (wellFormed) {
                good++;
                i += length;
            } else {
                bad++;
                i++;
            }
        }
        return good >= 3 && bad <= good;
    }

    /** True when the bytes hold a byte over 0x7F (so that UTF-8 and single-byte charsets read them differently). */
    static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package vn.tindex.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the charset of a page's bytes. Well-formed UTF-8 with non-ASCII letters is read as UTF-8 whatever the
 * page declares (a page that says iso-8859-1 but is UTF-8 is common, and UTF-8 is never well-formed by chance); so is
 * UTF-8 with a few broken bytes. Otherwise the declared charset (HTTP header, then meta or XML declaration) is used;
 * one this JVM does not know (TCVN3, VNI) is a reason to skip the page, since any guess would give garbled text.
 * Undeclared bytes that are not UTF-8 are windows-1258, the legacy Vietnamese code page.
 */
final class PageCharset {
    private static final int HEAD = 8192;
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)(?:<meta[^>]{0,200}?charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"'])\\s*([a-z0-9._:\\-]{1,40})");

    /** The charset to read with (null: let the parser detect a BOM or meta charset), or the unknown one named. */
    record Choice(String charset, String unknown) {}

    private PageCharset() {}

    static Choice choose(byte[] html, String declared) {
        if (startsWithBom(html)) {
            return new Choice(null, null);
        }
        boolean utf8 = TextBytes.isUtf8(html);
        if (utf8 && TextBytes.hasNonAscii(html) || !utf8 && TextBytes.mostlyUtf8(html)) {
            return new Choice(StandardCharsets.UTF_8.name(), null);
        }
        String unknown = null;
        for (String name : new String[] {clean(declared), metaCharset(html)}) {
            if (name == null) {
                continue;
            }
            Charset charset = supported(name);
            if (charset == null) {
                unknown = unknown == null ? name : unknown;
            } else if (charset.equals(StandardCharsets.UTF_8) && !utf8) {
                // a page that says UTF-8 but is not: the legacy code page is the likely truth
                return new Choice(TextBytes.WINDOWS_1258.name(), null);
            } else {
                return new Choice(charset.name(), null);
            }
        }
        if (utf8) {
            return new Choice(StandardCharsets.UTF_8.name(), null); // ASCII reads the same in any charset
        }
        return unknown != null ? new Choice(null, unknown) : new Choice(TextBytes.WINDOWS_1258.name(), null);
    }

    /** The charset a meta tag or XML declaration in the first 8 KB names, or null. */
    static String metaCharset(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static String clean(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        if (s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.isEmpty() ? null : s;
    }

    private static Charset supported(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }
}

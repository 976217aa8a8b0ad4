package vn.tindex.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable article id of the contract: the first 16 hex digits of the SHA-256 of the canonical URL, or of the NFC
 * text (UTF-8) when there is no URL.
 */
public final class ArticleIds {
    private static final Pattern URL = Pattern.compile(
            "^([A-Za-z][A-Za-z0-9+.\\-]*):(?://([^/?#]*))?([^?#]*)(\\?[^#]*)?(#.*)?$", Pattern.DOTALL);

    private ArticleIds() {}

    /** The id of an article: from {@code url} when it is not blank, else from {@code text}. */
    public static String of(String url, String text) {
        if (url != null && !url.isBlank()) {
            return hash(canonicalUrl(url));
        }
        if (text == null) {
            throw new IllegalArgumentException("text must not be null when url is blank");
        }
        return hash(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /**
     * The URL as ids see it: trimmed; scheme and host lower-cased; fragment dropped; the "/" of an empty path
     * dropped ({@code HTTPS://WWW.Langson.gov.vn/#top} -> {@code https://www.langson.gov.vn}). Anything that does not
     * parse as a URL is only trimmed and loses its fragment.
     */
    public static String canonicalUrl(String url) {
        if (url == null) {
            throw new IllegalArgumentException("url must not be null");
        }
        String trimmed = url.strip();
        Matcher m = URL.matcher(trimmed);
        if (!m.matches()) {
            int hash = trimmed.indexOf('#');
            return hash < 0 ? trimmed : trimmed.substring(0, hash);
        }
        StringBuilder out = new StringBuilder(trimmed.length());
        out.append(m.group(1).toLowerCase(Locale.ROOT)).append(':');
        String authority = m.group(2);
        String path = m.group(3);
        if (authority != null) {
            out.append("//").append(lowerHost(authority));
            if (path.equals("/")) {
                path = "";
            }
        }
        out.append(path);
        if (m.group(4) != null) {
            out.append(m.group(4));
        }
        return out.toString();
    }

    /** Host without a leading "www.", lower case, or null when {@code url} has none: {@code langson.gov.vn}. */
    public static String site(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL.matcher(url.strip());
        if (!m.matches() || m.group(2) == null) {
            return null;
        }
        String host = lowerHost(m.group(2));
        host = host.substring(host.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        if (port >= 0 && !host.endsWith("]")) {
            host = host.substring(0, port);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host.isEmpty() ? null : host;
    }

    /** Lower-cases the host of an authority, not its user info. */
    private static String lowerHost(String authority) {
        int at = authority.lastIndexOf('@');
        return authority.substring(0, at + 1) + authority.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

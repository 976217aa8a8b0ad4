package vn.tindex.extract.taskcount;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads numbers as the genre writes them: digits with Vietnamese thousands separators ("1.234", "06") and number
 * words ("sáu", "hai mươi mốt", "một trăm linh năm"). Returns null for anything it cannot read, or too large.
 */
public final class VietNumbers {
    private static final Map<String, Integer> DIGITS = Map.ofEntries(
            Map.entry("không", 0), Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("hai", 2), Map.entry("ba", 3),
            Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5), Map.entry("lăm", 5), Map.entry("nhăm", 5),
            Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9));

    private static final Set<String> OTHER_WORDS = Set.of("mười", "mươi", "trăm", "nghìn", "ngàn", "linh", "lẻ");
    private static final Pattern DIGITS_WRITTEN = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d{1,15}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietNumbers() {}

    /** Whether a lower-case word is one of those numbers are written with ("sáu", "mươi", "trăm", "linh", ...). */
    public static boolean isNumberWord(String lower) {
        return DIGITS.containsKey(lower) || OTHER_WORDS.contains(lower);
    }

    public static Long parse(String written) {
        String s = written.trim().toLowerCase(java.util.Locale.ROOT);
        if (DIGITS_WRITTEN.matcher(s).matches()) {
            return Long.parseLong(s.replace(".", ""));
        }
        return words(SPACES.split(s));
    }

    private static Long words(String[] words) {
        long total = 0;
        long segment = 0;
        long pending = 0;
        boolean any = false;
        for (String w : words) {
            Integer d = DIGITS.get(w);
            if (d != null) {
                pending = d;
                any = true;
            } else if (w.equals("mười")) {
                segment += 10;
                any = true;
            } else if (w.equals("mươi")) {
                segment += pending * 10;
                pending = 0;
            } else if (w.equals("trăm")) {
                segment += (pending == 0 ? 1 : pending) * 100;
                pending = 0;
            } else if (w.equals("nghìn") || w.equals("ngàn")) {
                total += (segment + pending == 0 ? 1 : segment + pending) * 1000;
                segment = 0;
                pending = 0;
            } else if (!w.equals("linh") && !w.equals("lẻ")) {
                return null;
            }
        }
        return any ? total + segment + pending : null;
    }
}

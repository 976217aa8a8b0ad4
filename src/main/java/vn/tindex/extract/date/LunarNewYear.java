package vn.tindex.extract.date;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Gregorian date of the first day of the lunar year (Tết Nguyên đán), by year or by its sexagenary name. */
final class LunarNewYear {
    private static final Map<Integer, String> FIRST_DAY = Map.ofEntries(
            Map.entry(2010, "2010-02-14"), Map.entry(2011, "2011-02-03"), Map.entry(2012, "2012-01-23"),
            Map.entry(2013, "2013-02-10"), Map.entry(2014, "2014-01-31"), Map.entry(2015, "2015-02-19"),
            Map.entry(2016, "2016-02-08"), Map.entry(2017, "2017-01-28"), Map.entry(2018, "2018-02-16"),
            Map.entry(2019, "2019-02-05"), Map.entry(2020, "2020-01-25"), Map.entry(2021, "2021-02-12"),
            Map.entry(2022, "2022-02-01"), Map.entry(2023, "2023-01-22"), Map.entry(2024, "2024-02-10"),
            Map.entry(2025, "2025-01-29"), Map.entry(2026, "2026-02-17"), Map.entry(2027, "2027-02-06"),
            Map.entry(2028, "2028-01-26"), Map.entry(2029, "2029-02-13"), Map.entry(2030, "2030-02-03"));
    private static final List<String> CAN = List.of("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ");
    private static final List<String> CHI = List.of("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");

    private LunarNewYear() {}

    /** The first day of the lunar year the text names; a can-chi name picks the year nearest {@code contextYear}. */
    static String firstDay(String lower, Integer contextYear) {
        Matcher y = YEAR.matcher(lower);
        if (y.find()) {
            return FIRST_DAY.get(Integer.parseInt(y.group(1)));
        }
        String[] words = lower.replace("tí", "tý").replace("tị", "tỵ").replace("mẹo", "mão").split("\\s+");
        int can = -1;
        int chi = -1;
        for (String w : words) {
            can = CAN.contains(w) ? CAN.indexOf(w) : can;
            chi = CHI.contains(w) ? CHI.indexOf(w) : chi;
        }
        if (can < 0 || chi < 0) {
            return null;
        }
        int best = -1;
        for (int year : FIRST_DAY.keySet()) {
            if (year % 10 == can && year % 12 == chi
                    && (best < 0 || contextYear != null && Math.abs(year - contextYear) < Math.abs(best - contextYear))) {
                best = year;
            }
        }
        return best < 0 ? null : FIRST_DAY.get(best);
    }
}

package vn.tindex.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tindex.app.batch.ArchiveGenerator;
import vn.tindex.model.Agency;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.DateFact;
import vn.tindex.model.Directive;
import vn.tindex.model.Event;
import vn.tindex.model.Mention;
import vn.tindex.model.Official;
import vn.tindex.model.TaskCount;

/**
 * Many articles made from a few real records, for benchmarks: each copy gets other officials' names, another
 * province (so other canonical agencies) and another date, written consistently into the text and every fact, with
 * every span moved to where its words now stand. Deterministic for a seed.
 */
final class SyntheticCorpus {
    private static final String[] PROVINCES = {"Lạng Sơn", "Hà Giang", "Cao Bằng", "Lào Cai", "Yên Bái", "Tuyên Quang",
        "Thái Nguyên", "Bắc Giang", "Quảng Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Nam Định", "Ninh Bình",
        "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Quảng Nam", "Quảng Ngãi", "Bình Định",
        "Phú Yên", "Khánh Hòa", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Long An", "Tiền Giang",
        "Bến Tre", "Vĩnh Long", "An Giang", "Kiên Giang", "Cà Mau", "Sóc Trăng", "Bạc Liêu", "Hậu Giang", "Đồng Tháp"};

    private final List<ArticleRecord> bases;

    SyntheticCorpus(List<ArticleRecord> bases) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no records to vary");
        }
        this.bases = List.copyOf(bases);
    }

    /** The {@code i}-th article: a copy of a base record with names, province and dates varied by {@code seed}. */
    ArticleRecord article(int i, long seed) {
        ArticleRecord base = bases.get(i % bases.size());
        Random random = new Random(seed * 1_000_003L + i);
        Map<String, String> replace = new LinkedHashMap<>();
        for (Official o : base.officials()) {
            replace.putIfAbsent(o.name(), ArchiveGenerator.randomName(random));
        }
        if (base.province() != null && !base.province().isBlank()) {
            replace.putIfAbsent(base.province(), PROVINCES[random.nextInt(PROVINCES.length)]);
        }
        replace.values().removeIf(v -> v == null);
        replace.entrySet().removeIf(e -> e.getKey().equals(e.getValue()) || e.getKey().length() < 3);
        int yearShift = random.nextInt(13) - 6;
        String id = String.format("syn%013x", (long) i);
        return new Rewrite(base.text(), replace).record(base, id, yearShift, random);
    }

    /** Replacements applied to one text, and the map from old offsets to new ones. */
    private static final class Rewrite {
        private final Map<String, String> replace;
        private final Pattern pattern;
        private final String text;
        private final List<int[]> spans = new ArrayList<>(); // oldStart, oldEnd, newStart, newEnd

        Rewrite(String oldText, Map<String, String> replace) {
            this.replace = replace;
            List<String> keys = new ArrayList<>(replace.keySet());
            keys.sort(Comparator.comparingInt(String::length).reversed());
            this.pattern = keys.isEmpty() ? null
                    : Pattern.compile(String.join("|", keys.stream().map(Pattern::quote).toList()));
            this.text = pattern == null ? oldText : rewriteText(oldText);
        }

        private String rewriteText(String old) {
            StringBuilder sb = new StringBuilder(old.length() + 64);
            Matcher m = pattern.matcher(old);
            int pos = 0;
            while (m.find()) {
                sb.append(old, pos, m.start());
                int newStart = sb.length();
                sb.append(replace.get(m.group()));
                spans.add(new int[] {m.start(), m.end(), newStart, sb.length()});
                pos = m.end();
            }
            return sb.append(old, pos, old.length()).toString();
        }

        String string(String s) {
            if (s == null || pattern == null) {
                return s;
            }
            return pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(replace.get(m.group())));
        }

        int at(int old, boolean isEnd) {
            int delta = 0;
            for (int[] s : spans) {
                if (old <= s[0] || (isEnd && old == s[0])) {
                    break;
                }
                if (old < s[1]) {
                    return isEnd ? s[3] : s[2]; // inside a replaced name: snap to its new bounds
                }
                delta = s[3] - s[1];
            }
            return old + delta;
        }

        Mention mention(Mention m) {
            int start = at(m.start(), false);
            int end = Math.max(start, at(m.end(), true));
            return Mention.of(text, start, end);
        }

        ArticleRecord record(ArticleRecord r, String id, int yearShift, Random random) {
            UnaryOperator<String> when = v -> shiftYears(v, yearShift);
            List<DateFact> dates = r.dates().stream().map(d -> {
                Mention m = mention(new Mention(d.start(), d.end(), d.text()));
                return new DateFact(m.text(), m.start(), m.end(), d.type(), when.apply(d.value()), d.partOfDay(),
                        d.rule());
            }).toList();
            List<Official> officials = r.officials().stream().map(o -> new Official(string(o.name()), o.title(),
                    string(o.organization()), o.mentions().stream().map(this::mention).toList())).toList();
            List<Agency> agencies = r.agencies().stream().map(a -> new Agency(string(a.name()), string(a.shortName()),
                    a.level(), a.mentions().stream().map(this::mention).toList())).toList();
            List<TaskCount> tasks = r.taskCounts().stream().map(t -> {
                Mention m = mention(new Mention(t.start(), t.end(), t.text()));
                return new TaskCount(t.count() + random.nextInt(5), t.of(), t.task(), t.status(),
                        string(t.assignedBy()), string(t.assignee()), when.apply(t.period()), m.text(), m.start(),
                        m.end());
            }).toList();
            List<Directive> directives = r.directives().stream().map(d -> {
                Mention m = mention(new Mention(d.start(), d.end(), d.text()));
                return new Directive(string(d.speaker()), d.speakerTitle(), d.verb(), string(d.addressee()),
                        string(d.content()), m.text(), m.start(), m.end());
            }).toList();
            List<Event> events = r.events().stream().map(e -> new Event(e.type(), when.apply(e.date()),
                    string(e.chair()), e.agencies().stream().map(this::string).toList(), string(e.text()))).toList();
            String published = r.published() != null ? when.apply(r.published())
                    : LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000)).toString();
            return new ArticleRecord(id, r.url() == null ? null : r.url() + "#" + id, r.site(), string(r.title()),
                    published, r.author(), string(r.province()), text, dates, officials, agencies, tasks, directives,
                    events);
        }
    }

    /** {@code 2020-10-15} with a shift of 2 gives {@code 2022-10-15}; every 4-digit year at a value's start moves. */
    static String shiftYears(String value, int shift) {
        if (value == null || shift == 0) {
            return value;
        }
        Matcher m = Pattern.compile("(?<!\\d)(19|20)(\\d\\d)(?!\\d)").matcher(value);
        return m.replaceAll(r -> Integer.toString(Integer.parseInt(r.group()) + shift));
    }
}

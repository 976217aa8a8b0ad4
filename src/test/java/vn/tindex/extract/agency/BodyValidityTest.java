package vn.tindex.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tindex.extract.PhraseTrie;
import vn.tindex.extract.Rules;

/** The validity column of {@code bodies.tsv} and the province mergers of {@code provinces-2025.tsv}. */
class BodyValidityTest {
    /**
     * The 2025 mergers (the project's notes on the reorganization): the name after it, then the names before it.
     * A name on both sides kept its name and absorbed the others.
     */
    private static final List<List<String>> MERGERS = List.of(
            List.of("Bộ Tài chính", "Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"),
            List.of("Bộ Xây dựng", "Bộ Xây dựng", "Bộ Giao thông vận tải"),
            List.of("Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài nguyên và Môi trường"),
            List.of("Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông"),
            List.of("Bộ Nội vụ", "Bộ Nội vụ", "Bộ Lao động - Thương binh và Xã hội"),
            List.of("Bộ Dân tộc và Tôn giáo", "Ủy ban Dân tộc"),
            List.of("Sở Tài chính", "Sở Tài chính", "Sở Kế hoạch và Đầu tư"),
            List.of("Sở Xây dựng", "Sở Xây dựng", "Sở Giao thông vận tải"),
            List.of("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường"),
            List.of("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"),
            List.of("Sở Nội vụ", "Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội"),
            List.of("Sở Dân tộc và Tôn giáo", "Ban Dân tộc"));

    private static Map<String, Validity> validities() {
        Map<String, Validity> valid = new HashMap<>();
        for (String[] row : Rules.table(AgencyGazetteer.BODIES)) {
            assertEquals(5, row.length, () -> "columns of " + String.join(" | ", row));
            valid.put(row[0] + " " + row[1], Validity.parse(row[4]));
        }
        return valid;
    }

    @Test
    void everyRowsValidityParsesAndStartsNoLaterThanItEnds() {
        Map<String, Validity> valid = validities();
        assertTrue(valid.size() > 100, "rows: " + valid.size());
        valid.forEach((body, v) -> assertTrue(v.from() == null || v.until() == null || !v.from().isAfter(v.until()),
                body + " " + v));
        assertEquals(new Validity(null, LocalDate.of(2025, 2, 28)), valid.get("central Bộ Kế hoạch và Đầu tư"));
        assertEquals(new Validity(LocalDate.of(2025, 3, 1), null), valid.get("dept Sở Nông nghiệp và Môi trường"));
        assertEquals(Validity.ALWAYS, valid.get("central Chính phủ"));
        assertEquals(LocalDate.of(2025, 6, 30), valid.get("districtdept Phòng Tư pháp").until(),
                "divisions of a district end with the district level");
    }

    @Test
    void eachMergedNameEndsTheDayBeforeItsSuccessorBegins() {
        Map<String, Validity> valid = validities();
        for (List<String> merger : MERGERS) {
            String scope = merger.get(0).startsWith("Bộ") ? "central " : "dept ";
            String successor = merger.get(0);
            List<String> before = merger.subList(1, merger.size());
            Validity after = valid.get(scope + successor);
            assertNotNull(after, successor);
            for (String name : before) {
                Validity old = valid.get(scope + name);
                assertNotNull(old, name);
                if (name.equals(successor)) {
                    assertEquals(Validity.ALWAYS, old, name + " kept its name through the merger");
                    continue;
                }
                assertEquals(LocalDate.of(2025, 2, 28), old.until(), name + " ended with the merger");
                if (before.contains(successor)) {
                    assertTrue(after.contains(old.until()) && after.contains(old.until().plusDays(1)),
                            name + " " + old + " -> " + successor + " " + after);
                } else {
                    assertEquals(old.until().plusDays(1), after.from(), name + " " + old + " -> " + successor + " "
                            + after + ": adjacent days");
                }
            }
        }
    }

    @Test
    void aFormOfSeveralRowsNamesBodiesOfPeriodsThatDoNotOverlap() {
        Map<String, List<Validity>> byForm = new HashMap<>();
        for (String[] row : Rules.table(AgencyGazetteer.BODIES)) {
            List<String> forms = new ArrayList<>(List.of(row[3].split("\\|")));
            forms.add(row[1]);
            forms.stream().filter(f -> !f.isBlank()).map(PhraseTrie::key).distinct()
                    .forEach(f -> byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(Validity.parse(row[4])));
        }
        byForm.forEach((form, periods) -> {
            for (int i = 0; i < periods.size(); i++) {
                for (int j = i + 1; j < periods.size(); j++) {
                    Validity a = periods.get(i);
                    Validity b = periods.get(j);
                    boolean apart = a.until() != null && b.from() != null && a.until().isBefore(b.from())
                            || b.until() != null && a.from() != null && b.until().isBefore(a.from());
                    assertTrue(apart, "'" + form + "' names bodies of overlapping periods: " + a + ", " + b);
                }
            }
        });
        assertEquals(2, byForm.get("sở nông nghiệp").size());
    }

    @Test
    void badValiditiesAreRefusedNamingTheText() {
        assertEquals("validity must be from..until (ISO dates, either end empty): '2025-03-01'",
                assertThrows(IllegalArgumentException.class, () -> Validity.parse("2025-03-01")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Validity.parse("2025-13-01.."))
                .getMessage().contains("'2025-13-01'"));
        assertThrows(IllegalArgumentException.class, () -> Validity.parse("2025-03-01..2025-02-28"));
        assertEquals(Validity.ALWAYS, Validity.parse(".."));
    }

    @Test
    void aFormerProvinceIsItsSuccessorFromTheFirstDayOfThe34Provinces() {
        AgencyGazetteer g = new AgencyGazetteer();
        LocalDate last = LocalDate.of(2025, 6, 30);
        LocalDate first = AgencyGazetteer.PROVINCES_MERGED;
        assertEquals("Hà Giang", g.provinceOn(g.provinceNamed("Hà Giang"), last).name());
        assertEquals("Tuyên Quang", g.provinceOn(g.provinceNamed("Hà Giang"), first).name());
        Place daNang = g.provinceOn(g.provinceNamed("Quảng Nam"), first);
        assertEquals("thành phố Đà Nẵng", daNang.written());
        assertEquals("thành phố Huế", g.provinceOn(g.provinceNamed("Thừa Thiên Huế"), first).written());
        assertEquals("Phú Thọ", g.provinceOn(g.provinceNamed("Hòa Bình"), first).name(), "either tone convention");
        assertEquals("Lạng Sơn", g.provinceOn(g.provinceNamed("Lạng Sơn"), first).name(), "a province that stayed");
        assertEquals("Hà Giang", g.provinceOn(g.provinceNamed("Hà Giang"), null).name(), "no date, no change");
        assertNull(g.provinceOn(null, first));
    }
}

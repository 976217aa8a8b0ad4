package vn.tindex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.model.ArticleRecord;
import vn.tindex.model.DateFact;

class DateExtractionTest {
    private static DateFact only(ArticleRecord r, String text) {
        List<DateFact> found = r.dates().stream().filter(d -> d.text().equals(text)).toList();
        assertEquals(1, found.size(), "expected one date '" + text + "' in " + r.dates());
        return found.get(0);
    }

    @Test
    void daysInTheirWrittenForms() {
        ArticleRecord r = Extracted.from("Sáng ngày 15/10/2020, tỉnh họp. Ngày 16-10-2020 và ngày 17.10.2020 tiếp tục."
                + " Ngày 18 tháng 10 năm 2020 bế mạc.");
        DateFact d = only(r, "Sáng ngày 15/10/2020");
        assertEquals("2020-10-15", d.value());
        assertEquals("MO", d.partOfDay());
        assertEquals("DATE", d.type());
        assertEquals("2020-10-16", only(r, "Ngày 16-10-2020").value());
        assertEquals("2020-10-17", only(r, "ngày 17.10.2020").value());
        assertEquals("2020-10-18", only(r, "Ngày 18 tháng 10 năm 2020").value());
    }

    @Test
    void dayWithoutYearTakesTheNearestYearOfThePublicationDate() {
        ArticleRecord r = Extracted.from("Chiều 7-2, UBND tỉnh họp thường kỳ.", "2024-02-08", null);
        DateFact d = only(r, "Chiều 7-2");
        assertEquals("2024-02-07", d.value());
        assertEquals("AF", d.partOfDay());
        ArticleRecord january = Extracted.from("Ngày 28/12, Sở tổng kết công tác năm.", "2021-01-03", null);
        assertEquals("2020-12-28", only(january, "Ngày 28/12").value());
    }

    @Test
    void yearFromTheSameSentenceWhenNotPublished() {
        ArticleRecord r = Extracted.from("Trong 9 tháng đầu năm, phương hướng 3 tháng cuối năm 2020.");
        assertEquals("2020-01/2020-09", only(r, "9 tháng đầu năm").value());
        assertEquals("2020-10/2020-12", only(r, "3 tháng cuối năm 2020").value());
        assertEquals("PERIOD", only(r, "9 tháng đầu năm").type());
    }

    @Test
    void noYearAnywhereLeavesTheValueNull() {
        ArticleRecord r = Extracted.from("Ngày 27/10, Ban Thường vụ Tỉnh ủy họp.");
        assertNull(only(r, "Ngày 27/10").value());
    }

    @Test
    void monthsQuartersSpansAndDurations() {
        ArticleRecord r = Extracted.from("Tháng 10/2020 và tháng Mười năm 2021 đã qua. Quý III/2023, quý I năm 2024."
                + " Giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025, năm học 2020 – 2021. Từ ngày 24/5 đến ngày 30/5/2021"
                + " kiểm tra trong 3 tháng, đến năm 2030, tầm nhìn đến năm 2045.");
        assertEquals("2020-10", only(r, "Tháng 10/2020").value());
        assertEquals("2021-10", only(r, "tháng Mười năm 2021").value());
        assertEquals("2023-Q3", only(r, "Quý III/2023").value());
        assertEquals("2024-Q1", only(r, "quý I năm 2024").value());
        assertEquals("2021/2025", only(r, "Giai đoạn 2021-2025").value());
        assertEquals("2020/2025", only(r, "nhiệm kỳ 2020 - 2025").value());
        assertEquals("2020/2021", only(r, "năm học 2020 – 2021").value());
        assertEquals("2021-05-24/2021-05-30", only(r, "Từ ngày 24/5 đến ngày 30/5/2021").value());
        DateFact duration = only(r, "trong 3 tháng");
        assertEquals("DURATION", duration.type());
        assertEquals("P3M", duration.value());
        assertEquals("2030", only(r, "đến năm 2030").value());
        assertEquals("2045", only(r, "đến năm 2045").value());
    }

    @Test
    void timesWeekdaysRelativeAndLunarNewYear() {
        ArticleRecord r = Extracted.from("Lúc 8 giờ 30 ngày 15/10/2020 khai mạc; 14h ngày 16/10/2020 bế mạc."
                + " Thứ Hai (19/10/2020) họp tiếp. Hôm nay tỉnh đón Tết Nguyên đán Giáp Thìn.", "2024-01-20", null);
        assertEquals("2020-10-15T08:30", only(r, "Lúc 8 giờ 30 ngày 15/10/2020").value());
        assertEquals("TIME", only(r, "14h ngày 16/10/2020").type());
        assertEquals("2020-10-19", only(r, "Thứ Hai (19/10/2020)").value());
        assertEquals("2024-01-20", only(r, "Hôm nay").value());
        assertEquals("2024-02-10", only(r, "Tết Nguyên đán Giáp Thìn").value());
    }

    @Test
    void oldToneConventionAndDottedDates() {
        ArticleRecord r = Extracted.from("Sáng 27.10, Uỷ ban nhân dân tỉnh Khánh Hoà họp về quý IV/2022.");
        assertEquals("2022-10-27", only(r, "Sáng 27.10").value());
    }
}

package vn.tindex.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void monthsYearsAndVaguePartsAnchoredToTheSentence() {
        ArticleRecord r = Extracted.from("Cuối năm 2020 và đầu năm, trong tháng 10 năm 2020, nửa đầu tháng 5 và những"
                + " tháng cuối năm 2020 tỉnh tập trung.");
        assertEquals("2020", only(r, "Cuối năm 2020").value());
        assertEquals("PERIOD", only(r, "Cuối năm 2020").type());
        assertEquals("2020", only(r, "đầu năm").value());
        assertEquals("2020-10", only(r, "tháng 10 năm 2020").value());
        assertEquals("2020-05", only(r, "nửa đầu tháng 5").value());
        assertEquals("2020", only(r, "những tháng cuối năm 2020").value());
    }

    @Test
    void aMonthWithoutYearTakesThePublicationYear() {
        ArticleRecord r = Extracted.from("Trong tháng 10, Sở đã hoàn thành kế hoạch.", "2021-11-02", null);
        assertEquals("2021-10", only(r, "tháng 10").value());
    }

    @Test
    void spanFromAMonthToADay() {
        ArticleRecord r = Extracted.from("Từ tháng 1/2016 đến ngày 10/5/2017, đoàn thanh tra làm việc.");
        assertEquals("2016-01/2017-05-10", only(r, "Từ tháng 1/2016 đến ngày 10/5/2017").value());
    }

    @Test
    void timeWithAPartOfDay() {
        ArticleRecord r = Extracted.from("Vào lúc 14 giờ chiều ngày 15/10/2020, đoàn kiểm tra thực tế.");
        DateFact d = only(r, "Vào lúc 14 giờ chiều ngày 15/10/2020");
        assertEquals("TIME", d.type());
        assertEquals("2020-10-15T14:00", d.value());
        assertEquals("AF", d.partOfDay());
    }

    @Test
    void relativeExpressionsAnchoredToThePublicationDate() {
        ArticleRecord r = Extracted.from("Ngày mai, năm nay và năm trước, tháng trước, tuần tới đều được nhắc.",
                "2024-03-15", null);
        assertEquals("2024-03-16", only(r, "Ngày mai").value());
        assertEquals("2024", only(r, "năm nay").value());
        assertEquals("2023", only(r, "năm trước").value());
        assertEquals("2024-02", only(r, "tháng trước").value());
        assertEquals("2024-W12", only(r, "tuần tới").value());
        ArticleRecord unpublished = Extracted.from("Năm nay tỉnh tập trung thu ngân sách.");
        assertNull(only(unpublished, "Năm nay").value(), "no publication date, no year: never a guess");
    }

    @Test
    void samePeriodIsThePeriodOfTheSentenceAYearEarlier() {
        ArticleRecord r = Extracted.from("Trong 9 tháng đầu năm 2020, thu ngân sách tăng 5% so với cùng kỳ năm trước.");
        DateFact d = only(r, "cùng kỳ năm trước");
        assertEquals("PERIOD", d.type());
        assertEquals("2019-01/2019-09", d.value());
    }

    @Test
    void aWeekdayAloneIsADayOfTheWeekTheTextGives() {
        ArticleRecord r = Extracted.from("Trong tuần từ ngày 7/3 đến ngày 11/3/2022, sáng thứ Năm tỉnh họp; Kỳ họp thứ Bảy"
                + " bế mạc.");
        assertEquals("2022-03-10", only(r, "sáng thứ Năm").value());
        assertEquals("MO", only(r, "sáng thứ Năm").partOfDay());
        assertTrue(r.dates().stream().noneMatch(d -> d.text().endsWith("thứ Bảy")), "an ordinal is no weekday");
        ArticleRecord noWeek = Extracted.from("Sáng thứ Năm, tỉnh họp.");
        assertTrue(noWeek.dates().isEmpty(), noWeek.dates().toString());
    }

    @Test
    void lunarNewYearByYear() {
        ArticleRecord r = Extracted.from("Dịp Tết Nguyên đán 2024, tỉnh tổ chức thăm hỏi.");
        assertEquals("2024-02-10", only(r, "Tết Nguyên đán 2024").value());
    }

    /**
     * The rules run only around trigger tokens (DateAnnotator.isTrigger): each expression here is far from any
     * number, so only its own words can open the window it is found in; the counts of the last sentence open none.
     */
    @Test
    void expressionsWithoutANumberAreFoundByTheirOwnWords() {
        String filler = " các cơ quan, đơn vị tiếp tục rà soát, đôn đốc và báo cáo kết quả thực hiện theo quy định. ";
        ArticleRecord r = Extracted.from("Trong tuần từ ngày 7/3 đến ngày 11/3/2022, Sở làm việc." + filler
                + "Chiều thứ Năm, đoàn kiểm tra thực tế." + filler
                + "Hôm qua, Sở đã báo cáo." + filler
                + "Năm nay, tỉnh giao chỉ tiêu." + filler
                + "Tuần tới, đoàn tiếp tục làm việc." + filler
                + "Thu ngân sách tăng so với cùng kỳ." + filler
                + "Tỉnh tập trung vào những tháng cuối năm." + filler
                + "Dịp Tết Nguyên đán Giáp Thìn, tỉnh thăm hỏi gia đình chính sách." + filler
                + "Sáng thứ 2 (14/3), đoàn họp." + filler
                + "Vào lúc 8 giờ 30 phút sáng, sáng ngày 15/3, đoàn khảo sát." + filler
                + "Có 263 nhiệm vụ, trong đó 06 nhiệm vụ trọng tâm, đạt 60,46% và 1.234 hồ sơ.", "2022-03-12", null);
        assertEquals("2022-03-14", only(r, "Sáng thứ 2 (14/3)").value());
        assertEquals("2022-03-15T08:30", only(r, "Vào lúc 8 giờ 30 phút sáng, sáng ngày 15/3").value());
        assertEquals("2022-03-10", only(r, "Chiều thứ Năm").value());
        assertEquals("2022-03-11", only(r, "Hôm qua").value());
        assertEquals("2022", only(r, "Năm nay").value());
        only(r, "Tuần tới");
        assertEquals("PERIOD", only(r, "cùng kỳ").type());
        only(r, "những tháng cuối năm");
        assertEquals("2024-02-10", only(r, "Tết Nguyên đán Giáp Thìn").value());
        int counts = r.text().indexOf("Có 263");
        assertTrue(r.dates().stream().noneMatch(d -> d.start() >= counts), "no date among counts: " + r.dates());
    }
}

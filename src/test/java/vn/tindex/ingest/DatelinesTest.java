package vn.tindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "15/10/2020 16:30; 2020-10-15T16:30:00+07:00",
        "Thứ Năm, 15/10/2020 | 16:30; 2020-10-15T16:30:00+07:00",
        "16:30 | 15/10/2020; 2020-10-15T16:30:00+07:00",
        "Cập nhật: Thứ Hai, 15/10/2018 - 14:35; 2018-10-15T14:35:00+07:00",
        "Ngày đăng: 15/10/2018; 2018-10-15",
        "(15/10/2016); 2016-10-15",
        "Ngày: 15/10/2016 08:12:00 AM; 2016-10-15T08:12:00+07:00",
        "Ngày: 15/10/2016 02:05:09 PM; 2016-10-15T14:05:09+07:00",
        "Thứ năm, ngày 15 tháng 10 năm 2020; 2020-10-15",
        "Thứ Năm, 15/10/2020, 16:30 (GMT+7); 2020-10-15T16:30:00+07:00",
        "16h30 ngày 5-3-2019; 2019-03-05T16:30:00+07:00",
        "Đăng lúc 2021-06-02 09:00; 2021-06-02T09:00:00+07:00",
    })
    void visibleDatelines(String written, String iso) {
        assertEquals(iso, Datelines.parse(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2020-10-15T16:30:00+07:00; 2020-10-15T16:30:00+07:00",
        "2020-10-15T09:30:00Z; 2020-10-15T09:30:00Z",
        "2020-10-15T16:30:00.000+0700; 2020-10-15T16:30:00+07:00",
        "2020-10-15T16:30; 2020-10-15T16:30:00+07:00",
        "2020-10-15 16:30:10; 2020-10-15T16:30:10+07:00",
        "2020-10-15; 2020-10-15",
        "15/10/2020 16:30; 2020-10-15T16:30:00+07:00",
    })
    void metadataValues(String written, String iso) {
        assertEquals(iso, Datelines.normalizeMeta(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Số 123/QĐ-UBND", "31/02/2020", "2020-13-01T10:00:00", "hôm qua"})
    void notDates(String written) {
        assertNull(Datelines.normalizeMeta(written));
    }
}

package vn.tindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RecordDatesTest {
    @Test
    void publishedFirstThenEventThenFullDate() {
        assertEquals(Optional.of(LocalDate.of(2020, 10, 15)), RecordDates.day(TestRecords.seed("t")));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 2)), RecordDates.day(TestRecords.lookalike()));
        assertEquals(Optional.of(LocalDate.of(2022, 5, 20)), RecordDates.day(TestRecords.hanoi()));
        assertEquals(OptionalInt.of(2022), RecordDates.year(TestRecords.hanoi()));
        assertEquals(Optional.empty(), RecordDates.day(TestRecords.noDate()));
        assertEquals(OptionalInt.empty(), RecordDates.year(TestRecords.noDate()));
    }

    @Test
    void badValuesAreSkipped() {
        assertEquals(Optional.empty(), RecordDates.parseDay("2020-02-31"));
        assertEquals(Optional.empty(), RecordDates.parseDay("15/10/2020"));
        assertEquals(Optional.of(LocalDate.of(2020, 10, 15)), RecordDates.parseDay("2020-10-15T08:00"));
        assertEquals(OptionalInt.of(2020), RecordDates.parseYear("2020-Q3"));
        assertEquals(OptionalInt.of(2020), RecordDates.parseYear("2020/2035"));
        assertEquals(OptionalInt.empty(), RecordDates.parseYear("P3M"));
    }
}

package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ICU4J's lunar and solar-term dates, with our corrections, against a reference independent of ICU. */
class LunarDatesTest {

    @Test
    void agreesWithTheReferenceCalendarEveryYear2000To2100() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (String[] row : reference()) {
            int year = Integer.parseInt(row[0]);
            compare(mismatches, year, "除夕", new FestivalDate.ChineseNewYearsEve().in(year).getFirst(), row[1]);
            compare(mismatches, year, "春节", new FestivalDate.ChineseLunar(1, 1).in(year).getFirst(), row[2]);
            compare(mismatches, year, "清明", new FestivalDate.Qingming().in(year).getFirst(), row[3]);
            compare(mismatches, year, "端午", new FestivalDate.ChineseLunar(5, 5).in(year).getFirst(), row[4]);
            compare(mismatches, year, "中秋", new FestivalDate.ChineseLunar(8, 15).in(year).getFirst(), row[5]);
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void correctsTheDaysIcuPutsOnTheWrongSideOfMidnight() {
        assertThat(LunarDates.lunarNewYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(LunarDates.chinese(2027, 1, 3)).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(LunarDates.lunarNewYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
        assertThat(LunarDates.qingming(2071)).isEqualTo(LocalDate.of(2071, 4, 5));
    }

    @Test
    void findsTheIslamicFestivalsOfTheUmmAlQuraCalendar() {
        assertThat(LunarDates.islamic(2024, 10, 1)).containsExactly(LocalDate.of(2024, 4, 10));
        assertThat(LunarDates.islamic(2025, 10, 1)).containsExactly(LocalDate.of(2025, 3, 30));
        assertThat(LunarDates.islamic(2025, 12, 10)).containsExactly(LocalDate.of(2025, 6, 6));
        // a Hijri year is 354 days: Eid al-Adha falls twice in 2006 (01-10 and 12-31)
        assertThat(LunarDates.islamic(2006, 12, 10)).hasSize(2);
    }

    private static void compare(List<String> mismatches, int year, String what, LocalDate computed, String expected) {
        if (!computed.toString().equals(expected)) {
            mismatches.add(year + " " + what + ": computed " + computed + ", reference " + expected);
        }
    }

    private static List<String[]> reference() throws IOException {
        try (InputStream in = LunarDatesTest.class.getResourceAsStream("lunar-reference-2000-2100.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return csv.lines().filter(line -> !line.startsWith("#") && !line.startsWith("year"))
                    .map(line -> line.split(",")).toList();
        }
    }
}

package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.List;

/** The Gregorian dates in a year of a {@link RegionalFestival}, from its own calendar. */
final class FestivalDates {

    private FestivalDates() {
    }

    static List<LocalDate> of(RegionalFestival festival, int year) {
        return switch (festival.calendar()) {
            case "islamic" -> LunarDates.islamic(year, festival.month(), festival.day());
            case "chinese" -> List.of(LunarDates.chinese(year, festival.month(), festival.day()));
            case "gregorian" -> List.of(LocalDate.of(year, festival.month(), festival.day()));
            default -> throw new CalendarException.InvalidNotice("festival " + festival.name()
                    + " has unknown calendar '" + festival.calendar() + "' (islamic, chinese or gregorian)");
        };
    }
}

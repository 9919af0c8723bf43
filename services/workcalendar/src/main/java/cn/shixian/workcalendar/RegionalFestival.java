package cn.shixian.workcalendar;

/**
 * A festival a regional government grants days off for (少数民族节日), as data: where it falls in
 * its own calendar, and how many working days off to assume in a year whose regional notice is
 * not loaded (provisional).
 *
 * @param date           where it falls, e.g. Islamic 10/1 for 肉孜节
 * @param workingDaysOff the first this many working days from the festival day on are off
 *                       (weekends and national holidays in between are skipped, as the notices do);
 *                       0 for a festival only its notices place ({@link FestivalDate.AnnouncedOnly})
 */
public record RegionalFestival(String name, FestivalDate date, int workingDaysOff) {

    public RegionalFestival {
        int fewest = date instanceof FestivalDate.AnnouncedOnly ? 0 : 1;
        if (name == null || date == null || workingDaysOff < fewest || workingDaysOff > 30) {
            throw new CalendarException.InvalidNotice("festival '" + name
                    + "' needs a date and " + fewest + " to 30 working days off, had " + workingDaysOff);
        }
    }
}

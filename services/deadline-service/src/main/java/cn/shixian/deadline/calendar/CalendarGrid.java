package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.Confidence;
import cn.shixian.workcalendar.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A region's year (日历), every day of it, as {@code GET /api/calendars/{region}/days} answers it.
 *
 * @param region          {@code CN} for the national calendar, else the GB/T 2260 code asked for
 * @param calendarVersion the version of the days that answer for the region
 * @param provisional        the year has no (confirmed) notice for the region, national or regional: computed days
 * @param provisionalReasons why: one sentence per missing or unconfirmed notice (national, then each layer)
 * @param layers             the regional layers (地方层) laid over the national calendar for the code, shortest
 *                           prefix first, each with what it says of the year
 * @param notices            the notice years that apply: the national one and those of each prefix of the code
 */
record CalendarGrid(String region, int year, String calendarVersion, boolean provisional,
                    List<String> provisionalReasons, List<Layer> layers, List<Day> days, List<CalendarYear> notices) {

    /**
     * One regional layer and its year.
     *
     * @param region       the layer's GB/T 2260 prefix, e.g. {@code 5401}
     * @param standingRule the rule a year without a notice follows (常设规定), in words; how many days it assumes
     * @param announced    the layer has a notice for the year (else its days are computed or, without a standing
     *                     rule, none are assumed: provisional either way)
     * @param source       where the year's days come from; null when not announced
     * @param confidence   as the data words it (official text, news report, third-party dataset); null when not
     *                     announced
     * @param confidenceLevel {@code OFFICIAL_TEXT}, {@code NEWS_REPORT} or {@code THIRD_PARTY_DATASET} (which stays
     *                     provisional); null when not announced
     */
    record Layer(String region, String name, String standingRule, boolean announced, String source, String confidence,
                 Confidence confidenceLevel) {
    }

    /**
     * @param names       the holidays the notice names for the day, e.g. [国庆节, 中秋节]; empty for none
     * @param provisional the day's kind is computed (no notice loaded for its year)
     */
    record Day(LocalDate date, DayOfWeek weekday, boolean workingDay, DayKind kind, List<String> names,
               boolean provisional) {
    }
}

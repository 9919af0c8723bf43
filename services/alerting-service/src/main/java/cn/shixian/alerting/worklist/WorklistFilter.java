package cn.shixian.alerting.worklist;

import cn.shixian.alerting.access.KindParameter;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.web.query.InvalidParameter;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.RequestParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code GET /api/obligations} asks for, checked. Null means "any".
 *
 * @param kind                 items' obligations or requests' answer periods
 * @param states               the states listed; by default the open ones
 * @param regionPrefix         GB/T 2260 code prefix, 2 to 6 digits
 * @param responsibleBody      the 公开主体, exactly
 * @param category             a piece of any level of the category (一级/二级/三级事项), any case
 * @param q                    a piece of the title or the itemId, any case
 * @param itemId               one item's obligations (every version), exactly
 * @param dueOnOrBefore        due on this day or earlier
 * @param dueOnOrAfter         due on this day or later
 * @param dueWithinWorkingDays due on or before the N-th working day after today (0: today, or the next
 *                             working day if today is none), overdue ones included
 */
record WorklistFilter(ObligationKind kind, Set<ObligationState> states, String regionPrefix, String responsibleBody, String category,
                      String q, String itemId, LocalDate dueOnOrBefore, LocalDate dueOnOrAfter,
                      Integer dueWithinWorkingDays, WorklistSort sort, PageRequest paging) {

    static final int MAX_WORKING_DAYS = 60;
    static final int MAX_TEXT = 200;

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    WorklistFilter {
        states = Set.copyOf(states);
    }

    static WorklistFilter of(String kind, String state, String region, String responsibleBody, String category, String q,
                             String itemId, String dueOnOrBefore, String dueOnOrAfter, String dueWithinWorkingDays,
                             String sort, Integer page, Integer size) {
        return new WorklistFilter(KindParameter.of(kind), states(state), RequestParameters.regionPrefix(region),
                RequestParameters.blankToNull(responsibleBody), text("category", category), text("q", q),
                RequestParameters.blankToNull(itemId), date("dueOnOrBefore", dueOnOrBefore),
                date("dueOnOrAfter", dueOnOrAfter), workingDays(dueWithinWorkingDays), WorklistSort.of(sort),
                PageRequest.of(page, size));
    }

    /** {@code state}: names of {@link ObligationState}, comma-separated; blank for the open ones ({@link ObligationLifecycle#OPEN}). */
    static Set<ObligationState> states(String value) {
        Set<ObligationState> states = EnumSet.noneOf(ObligationState.class);
        if (value != null) {
            for (String name : value.split(",")) {
                ObligationState state = RequestParameters.oneOf("state", name.strip(), ObligationState.class);
                if (state != null) {
                    states.add(state);
                }
            }
        }
        return states.isEmpty() ? ObligationLifecycle.OPEN : states;
    }

    private static LocalDate date(String parameter, String value) {
        if (RequestParameters.blankToNull(value) == null) {
            return null;
        }
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new InvalidParameter(parameter, parameter + " must be a date YYYY-MM-DD; was '" + value + "'");
    }

    private static Integer workingDays(String value) {
        if (RequestParameters.blankToNull(value) == null) {
            return null;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 0 && days <= MAX_WORKING_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidParameter("dueWithinWorkingDays", "dueWithinWorkingDays must be a whole number of working "
                + "days from 0 to " + MAX_WORKING_DAYS + "; was '" + value + "'");
    }

    /** A search text: stripped, at most {@value #MAX_TEXT} characters, no control characters; null for blank. */
    private static String text(String parameter, String value) {
        String text = RequestParameters.blankToNull(value) == null ? null : value.strip();
        if (text == null) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new InvalidParameter(parameter, parameter + " may have at most " + MAX_TEXT + " characters");
        }
        if (CONTROL.matcher(text).find()) {
            throw new InvalidParameter(parameter, parameter + " may not hold control characters");
        }
        return text;
    }
}

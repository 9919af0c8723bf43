package cn.shixian.workbench.item;

import cn.shixian.workbench.services.DeadlineApi;
import cn.shixian.workbench.services.ServiceFailure;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * An officer sets how an item's time limit is read (时限认定) from the item page. The form's fields
 * become a reading in the item events' {@code timeLimit} shape; the deadline-service holds it to that
 * schema, counts the item again and records who set it. Its refusal is shown as it gives it.
 */
@Controller
class ReadingController {

    private final DeadlineApi deadline;

    ReadingController(DeadlineApi deadline) {
        this.deadline = deadline;
    }

    @PostMapping("/items/{itemId}/time-limit")
    String set(@PathVariable String itemId, @RequestParam String kind, @RequestParam(defaultValue = "") String days,
               @RequestParam(defaultValue = "QUARTER") String every, @RequestParam(defaultValue = "WORKING") String unit,
               @RequestParam(defaultValue = "") String month, @RequestParam(defaultValue = "") String day,
               RedirectAttributes flash) {
        // what the officer entered, shown again if it is refused
        flash.addFlashAttribute("readingForm", Map.of("kind", kind, "days", days, "every", every, "unit", unit,
                "month", month, "day", day));
        try {
            flash.addFlashAttribute("readingSet", deadline.setReading(itemId, reading(kind, days, every, unit, month, day)));
        } catch (NotANumber e) {
            flash.addFlashAttribute("readingNotANumber", e.field);
        } catch (ServiceFailure refused) {
            flash.addFlashAttribute("readingErrors", refused.errors().isEmpty() ? List.of(refused.getMessage())
                    : refused.errors());
        }
        return "redirect:/items/" + UriUtils.encodePathSegment(itemId, StandardCharsets.UTF_8) + "#reading";
    }

    /** The reading the form states: the kind and only the fields it needs. */
    static Map<String, Object> reading(String kind, String days, String every, String unit, String month, String day) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("kind", kind);
        switch (kind) {
            case "WORKING_DAYS" -> reading.put("workingDays", number("days", days));
            case "CALENDAR_DAYS" -> reading.put("calendarDays", number("days", days));
            case "PERIODIC" -> reading.put("schedule", Map.of("every", every,
                    "afterEnd", Map.of("days", number("days", days), "unit", unit)));
            case "FIXED_DATE" -> {
                Map<String, Object> on = new LinkedHashMap<>();
                on.put("month", number("month", month));
                if (!day.isBlank()) {
                    on.put("day", number("day", day));
                }
                reading.put("schedule", Map.of("every", every, "on", on));
            }
            default -> { } // IMMEDIATE, CONTINUOUS need nothing more; an unknown kind is the service's to refuse
        }
        return reading;
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new NotANumber(field, text);
        }
    }

    /** A field of the form that must be a whole number is not: {@code field} names it (reading.field.*). */
    static final class NotANumber extends RuntimeException {

        final String field;

        NotANumber(String field, String text) {
            super(field + ": '" + text + "'");
            this.field = field;
        }
    }
}

package cn.shixian.workcalendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each day of the range is besides working or not (日类型与节日名称): whether a notice, the
 * law or a regional festival made it a day off (statutory or regional), and the holidays it names.
 * Laid out with the working days by {@link ProfileBuilder}; read in O(1) per day.
 */
final class DayLabels {

    private static final byte NONE = 0;
    private static final byte STATUTORY = 1;
    private static final byte REGIONAL = 2;
    // notices write two holidays of one day as "国庆节、中秋节": split once per distinct text
    private static final Map<String, List<String>> SPLIT = new ConcurrentHashMap<>();

    private final byte[] dayOff;
    private final List<String>[] names;

    @SuppressWarnings("unchecked")
    DayLabels() {
        this(new byte[DayIndex.DAYS], new List[DayIndex.DAYS]);
    }

    private DayLabels(byte[] dayOff, List<String>[] names) {
        this.dayOff = dayOff;
        this.names = names;
    }

    DayLabels copy() {
        return new DayLabels(dayOff.clone(), names.clone());
    }

    /**
     * Records what a notice, the law or a festival says of {@code day}. A working day keeps only
     * the new names (a make-up day). A day off adds its names to those of a day off of the same
     * layer or of a statutory holiday (a regional day off on a national holiday stays a holiday);
     * otherwise it replaces them.
     */
    void label(int day, boolean working, String name, boolean regional) {
        List<String> named = split(name);
        if (working) {
            dayOff[day] = NONE;
            names[day] = named;
            return;
        }
        byte before = dayOff[day];
        if (before == STATUTORY || before == REGIONAL && regional) {
            names[day] = union(names(day), named);
        } else {
            dayOff[day] = regional ? REGIONAL : STATUTORY;
            names[day] = named;
        }
    }

    /** A weekend day a region keeps as rest although the nation works it (正常休息): a weekend again, named. */
    void rest(int day, String name) {
        dayOff[day] = NONE;
        names[day] = split(name);
    }

    DayKind kind(int day, boolean working, boolean weekend) {
        if (working) {
            return weekend ? DayKind.MAKE_UP_WORKING_DAY : DayKind.WORKING_DAY;
        }
        return switch (dayOff[day]) {
            case REGIONAL -> DayKind.REGIONAL_HOLIDAY;
            case STATUTORY -> DayKind.HOLIDAY;
            default -> weekend ? DayKind.WEEKEND : DayKind.HOLIDAY;
        };
    }

    List<String> names(int day) {
        List<String> named = names[day];
        return named == null ? List.of() : named;
    }

    private static List<String> split(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return SPLIT.computeIfAbsent(name, text -> List.copyOf(Arrays.stream(text.split("、"))
                .map(String::strip).filter(part -> !part.isEmpty()).distinct().toList()));
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(name -> !all.contains(name)).forEach(all::add);
        return List.copyOf(all);
    }
}

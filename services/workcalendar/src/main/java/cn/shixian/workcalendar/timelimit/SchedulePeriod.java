package cn.shixian.workcalendar.timelimit;

import java.time.LocalDate;

/** How often a periodic time limit recurs (每月, 每季度, 每半年, 每年), and how its periods are named. */
public enum SchedulePeriod {
    /** 每月: periods named 2025-09. */
    MONTH(1),
    /** 每季度: periods named 2025-Q3. */
    QUARTER(3),
    /** 每半年: periods named 2025-H2. */
    HALF_YEAR(6),
    /** 每年: periods named 2025. */
    YEAR(12);

    private final int months;

    SchedulePeriod(int months) {
        this.months = months;
    }

    /** The length of one period in months. */
    public int months() {
        return months;
    }

    /** The first day of the period that holds {@code date}. */
    public LocalDate startOf(LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(date.getYear(), firstMonth, 1);
    }

    /** The name of the period starting on {@code start}: 2025-09, 2025-Q3, 2025-H2 or 2025. */
    public String key(LocalDate start) {
        int index = (start.getMonthValue() - 1) / months + 1;
        return switch (this) {
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + index;
            case HALF_YEAR -> start.getYear() + "-H" + index;
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}

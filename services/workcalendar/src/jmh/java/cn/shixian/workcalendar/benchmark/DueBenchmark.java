package cn.shixian.workcalendar.benchmark;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code due(start, n)} on one core, in the same run: the indexed {@link WorkingDayCalendar}, a
 * day-stepping loop over the same days, and ObjectLab Kit with the same days off. Scores are due
 * calls per second. ObjectLab has no make-up working days on weekends (调休) and moves a start that
 * is a day off forward first, so its answers differ on some inputs: it is timed, not trusted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DueBenchmark {

    private static final int INPUTS = 1024;
    private static final RegionCode NATIONAL = RegionCode.NATIONAL;
    private static final RegionCode[] REGIONS = {NATIONAL, RegionCode.of("650500"), RegionCode.of("654002"),
            RegionCode.of("360702")};

    @Param({"20", "250"})
    public int n;

    private final LocalDate[] starts = new LocalDate[INPUTS];
    private final RegionCode[] regions = new RegionCode[INPUTS];
    private WorkingDayCalendar calendar;
    private DaySteppingCalendar daySteppingCalendar;
    private DateCalculator<LocalDate> objectLab;

    @Setup
    public void setUp() {
        calendar = WorkingDayCalendar.bundled();
        Random random = new Random(20251001);
        long first = LocalDate.of(2018, 1, 1).toEpochDay();
        for (int i = 0; i < INPUTS; i++) {
            starts[i] = LocalDate.ofEpochDay(first + random.nextInt(3650));
            regions[i] = REGIONS[random.nextInt(REGIONS.length)];
        }
        Set<LocalDate> weekdaysOff = new HashSet<>();
        Set<LocalDate> makeUpDays = new HashSet<>();
        for (LocalDate day = LocalDate.of(2017, 1, 1); day.getYear() < 2031; day = day.plusDays(1)) {
            boolean working = calendar.isWorkingDay(day, NATIONAL).workingDay();
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            if (weekend && working) {
                makeUpDays.add(day);
            } else if (!weekend && !working) {
                weekdaysOff.add(day);
            }
        }
        daySteppingCalendar = new DaySteppingCalendar(weekdaysOff, makeUpDays);
        LocalDateKitCalculatorsFactory.getDefaultInstance().registerHolidays("CN",
                new DefaultHolidayCalendar<>(weekdaysOff, LocalDate.of(2017, 1, 1), LocalDate.of(2030, 12, 31)));
        objectLab = LocalDateKitCalculatorsFactory.getDefaultInstance().getDateCalculator("CN", HolidayHandlerType.FORWARD);
        checkTheLoopAgreesWithTheIndex();
    }

    private void checkTheLoopAgreesWithTheIndex() {
        for (LocalDate start : starts) {
            if (!daySteppingCalendar.due(start, n).equals(calendar.due(start, n, NATIONAL).date())) {
                throw new IllegalStateException("day-stepping and indexed calendars disagree on " + start + " + " + n);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(INPUTS)
    public void indexed(Blackhole answers) {
        for (LocalDate start : starts) {
            answers.consume(calendar.due(start, n, NATIONAL));
        }
    }

    @Benchmark
    @OperationsPerInvocation(INPUTS)
    public void indexedFourRegions(Blackhole answers) {
        for (int i = 0; i < INPUTS; i++) {
            answers.consume(calendar.due(starts[i], n, regions[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(INPUTS)
    public void daySteppingLoop(Blackhole answers) {
        for (LocalDate start : starts) {
            answers.consume(daySteppingCalendar.due(start, n));
        }
    }

    @Benchmark
    @OperationsPerInvocation(INPUTS)
    public void objectLabKit(Blackhole answers) {
        for (LocalDate start : starts) {
            objectLab.setStartDate(start);
            answers.consume(objectLab.moveByBusinessDays(n).getCurrentBusinessDate());
        }
    }
}

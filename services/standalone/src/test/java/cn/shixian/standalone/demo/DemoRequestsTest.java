package cn.shixian.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.ApplicantType;
import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.RequestAnswered;
import cn.shixian.contracts.RequestCorrected;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestExtended;
import cn.shixian.contracts.RequestOutcome;
import cn.shixian.contracts.RequestReceived;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.request.ClockFlag;
import cn.shixian.deadline.request.ReportColumn;
import cn.shixian.deadline.request.ReportLine;
import cn.shixian.deadline.request.RequestClock;
import cn.shixian.deadline.request.RequestHistory;
import cn.shixian.deadline.request.RequestReport;
import cn.shixian.deadline.request.RequestRules;
import cn.shixian.deadline.request.RequestState;
import cn.shixian.standalone.demo.DemoRequests.DemoRequest;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's requests for information: seeded, valid for the deadline-service's own clock, and
 * dealt so that every sample region's 2025 report has every row and the open requests of today show.
 */
class DemoRequestsTest {

    private static final Instant NOW = OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final RequestRules RULES = RequestRules.statutory(CALENDAR);
    private static final List<String> REGIONS = List.of("360702", "650000", "650500", "654002", "654021");

    private final EventCodec codec = new EventCodec();

    @Test
    void theSameSeedDealsTheSameRequestsAndNothingHappensAfterNow() {
        List<DemoRequest> first = all(new DemoRequests(1, NOW, CALENDAR));
        List<DemoRequest> again = all(new DemoRequests(1, NOW, CALENDAR));

        assertThat(first).isEqualTo(again);
        assertThat(first).extracting(DemoRequest::requestId).doesNotHaveDuplicates();
        assertThat(first).flatExtracting(DemoRequest::events)
                .allSatisfy(e -> assertThat(e.occurredAt().toInstant()).isBeforeOrEqualTo(NOW));
        assertThat(first).allSatisfy(r -> assertThat(r.events().getFirst()).isInstanceOf(RequestReceived.class));
    }

    @Test
    void everyEventFitsTheRequestsClockAndTravelsAsTheCodecReadsIt() {
        DemoRequests requests = new DemoRequests(1, NOW, CALENDAR);
        for (String region : REGIONS) {
            for (DemoRequest request : requests.requests(DemoRequests.office(region, items(region)), items(region))) {
                assertThat(RequestHistory.fold(request.events(), RULES).refusals()).as(request.requestId()).isEmpty();
                List<DemoRecord> records = requests.records(request);
                assertThat(records.stream().map(r -> (Object) codec.decode(r.value()).data()).toList())
                        .isEqualTo(List.copyOf(request.events()));
                assertThat(records).allSatisfy(r -> {
                    assertThat(r.key()).isEqualTo(request.requestId());
                    assertThat(((RequestEvent) codec.decode(r.value()).data()).eventType().topic()).isEqualTo(Topic.REQUESTS);
                });
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-30T09:00:00+08:00", "2026-01-04T12:00:00+08:00", "2026-10-08T18:00:00+08:00",
            "2026-11-26T10:00:00+08:00", "2027-02-10T08:00:00+08:00"})
    void whateverTheDayAndSeedTheClockRefusesNothing(String now) {
        Instant at = OffsetDateTime.parse(now).toInstant();
        for (long seed = 0; seed < 8; seed++) {
            for (DemoRequest request : all(new DemoRequests(seed, at, CALENDAR))) {
                assertThat(RequestHistory.fold(request.events(), RULES).refusals()).as(request.requestId()).isEmpty();
                assertThat(request.events()).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.occurredAt().toInstant()).isBeforeOrEqualTo(at));
            }
            if (at.isAfter(OffsetDateTime.parse("2026-04-01T00:00:00+08:00").toInstant())) {
                for (String region : REGIONS) {
                    RequestReport report = RequestReport.of(2025, clocks(new DemoRequests(seed, at, CALENDAR), region)
                            .values());
                    assertThat(report.check()).isEmpty();
                    assertThat(ReportLine.lines()).as("seed " + seed + ", " + region)
                            .allSatisfy(line -> assertThat(report.count(line, ReportColumn.TOTAL)).isPositive());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"360702", "650000", "650500", "654002", "654021"})
    void theReportOf2025HasEveryRowAndHoldsTogether(String region) {
        RequestReport report = RequestReport.of(2025, clocks(region).values());

        assertThat(report.check()).isEmpty();
        for (ReportLine line : ReportLine.lines()) {
            assertThat(report.count(line, ReportColumn.TOTAL)).as(line.number() + " " + line.label()).isPositive();
        }
        for (ReportColumn applicant : ReportColumn.applicants()) {
            assertThat(report.count(ReportLine.RECEIVED, applicant)).as(applicant.label()).isPositive();
        }
        int disclosed = report.count(ReportLine.of(RequestOutcome.DISCLOSED), ReportColumn.TOTAL);
        assertThat(ReportLine.outcomes()).as("予以公开 is the most frequent outcome")
                .allSatisfy(line -> assertThat(report.count(line, ReportColumn.TOTAL)).isLessThanOrEqualTo(disclosed));
        // 上年结转 came in December 2024, 结转下年度 in December 2025
        assertThat(clocks(region).values()).filteredOn(c -> c.receivedOn().getYear() == 2024
                && c.closedOn() != null && c.closedOn().getYear() == 2025).isNotEmpty();
        assertThat(clocks(region).values()).filteredOn(c -> c.receivedOn().getYear() == 2025
                && (c.closedOn() == null || c.closedOn().getYear() == 2026)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"360702", "650500", "654021"})
    void the2025RequestsWereCorrectedConsultedExtendedAnsweredLateAndWithdrawn(String region) {
        List<RequestClock> of2025 = clocks(region).values().stream()
                .filter(c -> c.receivedOn().getYear() == 2025).toList();
        Map<String, List<RequestEvent>> events = requests(region).stream()
                .collect(Collectors.toMap(DemoRequest::requestId, DemoRequest::events));

        assertThat(of2025).filteredOn(c -> events.get(c.requestId()).stream().anyMatch(RequestCorrected.class::isInstance))
                .isNotEmpty();
        assertThat(of2025).filteredOn(c -> c.state() == RequestState.CLOSED_NOT_CORRECTED).isNotEmpty();
        assertThat(of2025).filteredOn(c -> c.flags().stream()
                .anyMatch(f -> f.kind() == ClockFlag.Kind.LONG_THIRD_PARTY_CONSULTATION)).isNotEmpty();
        assertThat(of2025).filteredOn(c -> !c.pauses().isEmpty() && c.extensionDays() > 0).isNotEmpty();
        assertThat(of2025).filteredOn(c -> events.get(c.requestId()).stream().anyMatch(RequestExtended.class::isInstance))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(of2025).filteredOn(c -> c.state() == RequestState.ANSWERED_LATE).hasSizeGreaterThanOrEqualTo(2);
        assertThat(of2025).filteredOn(c -> c.state() == RequestState.WITHDRAWN).isNotEmpty();
        assertThat(of2025).allSatisfy(c -> assertThat(c.extensionDays()).isBetween(0, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"360702", "650000", "650500", "654002", "654021"})
    void todayAFewAreStillOpenDueSoonOrOverdueOrPaused(String region) {
        List<RequestClock> open = clocks(region).values().stream().filter(c -> !c.state().closed()).toList();
        RegionCode code = RegionCode.of(region);
        LocalDate inThreeWorkingDays = CALENDAR.due(TODAY, 3, code).date();

        assertThat(open).filteredOn(c -> c.dueOn().filter(d -> !d.isBefore(TODAY) && !d.isAfter(inThreeWorkingDays))
                .isPresent()).as("due soon").isNotEmpty();
        assertThat(open).filteredOn(c -> c.dueOn().filter(d -> d.isBefore(TODAY)).isPresent()).as("overdue")
                .isNotEmpty();
        assertThat(open).extracting(RequestClock::state)
                .contains(RequestState.WAITING_FOR_CORRECTION, RequestState.IN_CONSULTATION);
        assertThat(open).as("only recent ones: the rest were answered")
                .allSatisfy(c -> assertThat(c.receivedOn()).isAfter(LocalDate.of(2026, 9, 1)));
    }

    @Test
    void mostApplicantsArePeopleMostAnswersDiscloseAndReceiptsFallOnWorkingDays() {
        List<DemoRequest> all = all(new DemoRequests(1, NOW, CALENDAR));
        List<RequestReceived> received = all.stream().map(r -> (RequestReceived) r.events().getFirst()).toList();
        Map<ApplicantType, Long> byApplicant = received.stream()
                .collect(Collectors.groupingBy(RequestReceived::applicantType, () -> new EnumMap<>(ApplicantType.class),
                        Collectors.counting()));
        Map<RequestOutcome, Long> byOutcome = all.stream().map(r -> r.events().getLast())
                .filter(RequestAnswered.class::isInstance).map(e -> ((RequestAnswered) e).outcome())
                .collect(Collectors.groupingBy(Function.identity(), () -> new EnumMap<>(RequestOutcome.class),
                        Collectors.counting()));

        assertThat(all).hasSizeBetween(5 * 110, 5 * 160);
        assertThat(byApplicant).containsOnlyKeys(ApplicantType.values());
        assertThat(byApplicant.get(ApplicantType.NATURAL_PERSON)).isGreaterThan(all.size() / 2);
        assertThat(byOutcome).containsOnlyKeys(RequestOutcome.values());
        assertThat(byOutcome.get(RequestOutcome.DISCLOSED)).isEqualTo(byOutcome.values().stream().max(Long::compare)
                .orElseThrow());
        assertThat(received).extracting(r -> r.receivedAt().atZoneSameInstant(BEIJING).toLocalDate().getYear())
                .containsOnly(2024, 2025, 2026);
        long onWorkingDays = received.stream().filter(r -> CALENDAR.isWorkingDay(r.receivedAt()
                .atZoneSameInstant(BEIJING).toLocalDate(), RegionCode.of(r.region())).workingDay()).count();
        assertThat(onWorkingDays).isGreaterThan(received.size() * 9 / 10);
        assertThat(received).extracting(RequestReceived::subject).allSatisfy(s -> assertThat(s).matches("^(申请|再次|反映).+"));
    }

    private static List<DemoRequest> all(DemoRequests requests) {
        return REGIONS.stream().flatMap(r -> requests.requests(DemoRequests.office(r, items(r)), items(r)).stream())
                .toList();
    }

    private static List<DemoRequest> requests(String region) {
        return new DemoRequests(1, NOW, CALENDAR).requests(DemoRequests.office(region, items(region)), items(region));
    }

    private static Map<String, RequestClock> clocks(String region) {
        return clocks(new DemoRequests(1, NOW, CALENDAR), region);
    }

    private static Map<String, RequestClock> clocks(DemoRequests requests, String region) {
        return requests.requests(DemoRequests.office(region, items(region)), items(region)).stream().collect(Collectors.toMap(DemoRequest::requestId,
                r -> RequestHistory.fold(r.events(), RULES).current().orElseThrow()));
    }

    private static List<ItemCreated> items(String region) {
        return IntStream.range(0, 5).mapToObj(i -> new ItemCreated(region + "-demo-" + i, 1, region, "事项 " + i,
                List.of("社会保险"), "人社局", DisclosureMode.ACTIVE, new TimeLimit("信息形成或者变更之日起20个工作日内", null),
                List.of("政府网站"), OffsetDateTime.parse("2026-01-05T10:00:00+08:00"))).toList();
    }
}

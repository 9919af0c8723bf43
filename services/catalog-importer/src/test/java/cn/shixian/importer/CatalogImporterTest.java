package cn.shixian.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.importer.event.ImportedEvent;
import cn.shixian.importer.header.Column;
import cn.shixian.importer.table.CatalogFileException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImporterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-24T02:30:00Z"), ZoneOffset.UTC);
    static final String CATALOG = """
            社会保险领域基层政务公开标准目录
            序号,公开事项,,公开内容（要素）,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,
            ,一级事项,二级事项,,,,,全社会,特定群体,主动,依申请
            1,1.社会保险登记,1.1机关事业单位社会保险登记,事项名称,公开事项信息形成或变更之日起20个工作日内公开,人力资源社会保障部门,"■政府网站 □政府公报
            ■政务服务中心",√,,√,
            2,,1.2职工参保登记,事项名称,即时,,政府网站,√,,√,
            3,,1.3职工参保登记,事项名称,自受理之日起60日内,,政府网站,√,,,
            4,2.社会保险参保信息维护,2.1个人基本信息变更,事项名称,,,,,√,,√

            """;

    private static final String UNMARKED = "公开方式: neither 主动 nor 依申请 is marked (both cells are blank;"
            + " a row that names its own 事项 does not take the marks of the row above)";

    private final CatalogImporter importer = new CatalogImporter(CLOCK);

    @TempDir
    Path dir;

    @Test
    void eachItemRowBecomesOneItemCreatedEvent() throws IOException {
        ImportReport report = importer.read(csv("catalog.csv", CATALOG), ImportSettings.of("654002"));

        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.events()).hasSize(3);
        ItemCreated first = report.events().getFirst().event().data();
        assertThat(first.itemId()).matches("654002-[0-9a-f]{16}");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.region()).isEqualTo("654002");
        assertThat(first.title()).isEqualTo("机关事业单位社会保险登记");
        assertThat(first.category()).containsExactly("社会保险登记", "机关事业单位社会保险登记");
        assertThat(first.responsibleBody()).isEqualTo("人力资源社会保障部门");
        assertThat(first.mode()).isEqualTo(DisclosureMode.ACTIVE);
        assertThat(first.timeLimit()).isEqualTo(new TimeLimit("公开事项信息形成或变更之日起20个工作日内公开", 20));
        assertThat(first.channels()).containsExactly("政府网站", "政务服务中心");
        assertThat(first.changedAt()).isEqualTo(OffsetDateTime.parse("2025-09-24T10:30:00+08:00"));
        ItemCreated second = report.events().get(1).event().data();
        assertThat(second.category()).containsExactly("社会保险登记", "职工参保登记");
        assertThat(second.responsibleBody()).isEqualTo("人力资源社会保障部门");
        assertThat(second.timeLimit().workingDays()).isZero();
        ItemCreated third = report.events().get(2).event().data();
        assertThat(third.mode()).isEqualTo(DisclosureMode.ON_REQUEST);
        assertThat(third.timeLimit()).isNull();
        assertThat(report.events()).allSatisfy(e -> assertThat(e.event().data().processingLimit()).isNull());
    }

    @Test
    void aServiceGuidesProcessingLimitIsCarriedAsWrittenAndIsNotItsPublicationDeadline() throws IOException {
        String guides = """
                序号,一级事项,二级事项,公开时限,办理时限,公开主体
                1,社会保险,机关事业单位社会保险登记,,材料齐全的情况下，即时办结,自治区人社厅
                2,社会保险,职工参保登记,公开事项信息形成或变更之日起20个工作日内公开,7个工作日办结,自治区人社厅
                3,就业创业,就业困难人员认定,,,自治区人社厅
                """;

        ImportReport report = importer.read(csv("guides.csv", guides), ImportSettings.of("650000"));

        assertThat(report.failures()).isEmpty();
        List<ItemCreated> items = report.events().stream().map(e -> e.event().data()).toList();
        assertThat(items).extracting(ItemCreated::processingLimit)
                .containsExactly("材料齐全的情况下，即时办结", "7个工作日办结", null);
        // 即时办结 is how fast the service is; the guide is still published within the default 20
        assertThat(items.getFirst().timeLimit()).isNull();
        assertThat(items.get(1).timeLimit()).isEqualTo(new TimeLimit("公开事项信息形成或变更之日起20个工作日内公开", 20));
        assertThat(new String(report.events().getFirst().json(), StandardCharsets.UTF_8))
                .contains("\"processingLimit\":\"材料齐全的情况下，即时办结\"");
    }

    @Test
    void aRowThatCannotBeReadIsReportedWithFileRowAndReasonAndTheOthersGoThrough() throws IOException {
        Path file = csv("catalog.csv", CATALOG);
        ImportReport report = importer.read(file, ImportSettings.of("654002"));

        assertThat(report.complete()).isFalse();
        assertThat(report.failures()).containsExactly(
                new RowFailure(file.toString(), null, 6, UNMARKED));
        assertThat(report.failures().getFirst()).hasToString(file + ": row 6: " + UNMARKED);
    }

    @Test
    void theEventsAreValidCloudEventsKeyedByItemId() throws IOException {
        ImportReport report = importer.read(csv("catalog.csv", CATALOG),
                new ImportSettings("654002", URI.create("https://zwgk.yining.gov.cn/catalog"),
                        OffsetDateTime.parse("2025-10-08T09:00:00+08:00"), null));
        EventCodec codec = new EventCodec();

        for (ImportedEvent imported : report.events()) {
            CloudEvent<?> decoded = codec.decode(imported.json());
            assertThat(decoded).isEqualTo(imported.event());
            assertThat(decoded.subject()).isEqualTo(imported.key());
            assertThat(decoded.source()).hasToString("https://zwgk.yining.gov.cn/catalog");
            assertThat(decoded.time()).isEqualTo(OffsetDateTime.parse("2025-09-24T10:30:00+08:00"));
            assertThat(((ItemCreated) decoded.data()).changedAt()).isEqualTo(OffsetDateTime.parse("2025-10-08T09:00:00+08:00"));
        }
    }

    @Test
    void reImportingGivesTheSameItemIdsAndEventIds() throws IOException {
        Path file = csv("catalog.csv", CATALOG);
        ImportSettings settings = ImportSettings.of("654002");

        List<String> first = report(file, settings).events().stream().map(e -> e.key() + " " + e.event().id()).toList();
        List<String> second = report(file, settings).events().stream().map(e -> e.key() + " " + e.event().id()).toList();

        assertThat(second).isEqualTo(first).doesNotHaveDuplicates();
    }

    @Test
    void aRowWithoutResponsibleBodyTakesTheGivenOneOrTheRegionsDisclosureOffice() throws IOException {
        String catalog = "序号,公开事项,公开时限,公开方式\n1,职工参保登记,20个工作日,主动\n";
        Path file = csv("no-body.csv", catalog);

        assertThat(importer.read(file, ImportSettings.of("650500")).events().getFirst().event().data().responsibleBody())
                .isEqualTo("政务公开办（650500）");
        assertThat(importer.read(file, new ImportSettings("650500", null, null, "哈密市人力资源和社会保障局"))
                .events().getFirst().event().data().responsibleBody()).isEqualTo("哈密市人力资源和社会保障局");
    }

    @Test
    void csvSavedByExcelAsGb18030OrWithABomOrTabsReads() throws IOException {
        String catalog = "序号,公开事项,公开时限,公开主体,公开方式\n1,职工参保登记,20个工作日,人社局,主动\n";
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, catalog.getBytes(Charset.forName("GB18030")));
        Path bom = csv("bom.csv", "\uFEFF" + catalog);
        Path tabs = csv("tabs.tsv", catalog.replace(',', '\t'));

        for (Path file : List.of(gbk, bom, tabs)) {
            assertThat(importer.read(file, ImportSettings.of("360702")).events())
                    .singleElement().satisfies(e -> assertThat(e.event().data().title()).isEqualTo("职工参保登记"));
        }
    }

    @Test
    void aTabSeparatedDumpWithBlankAndTitleLinesAboveItsHeaderReads() throws IOException {
        // a PDF dump: blank lines, the title and the compiler above the header, no tab in them
        String dump = "\n\n## 哈密市社会保险领域政务公开标准目录（2024年）\n\n编制单位：市人力资源和社会保障局\n\n"
                + "序号\t公开事项\t公开时限\t公开主体\t公开方式\n1\t机构职能\t20个工作日\t市人社局\t主动\n";

        assertThat(importer.read(csv("dump.txt", dump), ImportSettings.of("650500")).events())
                .singleElement().satisfies(e -> assertThat(e.event().data().title()).isEqualTo("机构职能"));
    }

    @Test
    void theReportListsTheHeadingsAndCountsTheCellsFilledFromAbove() throws IOException {
        Path file = csv("headed.csv", """
                序号,一级事项,二级事项,公开时限,公开主体,公开方式
                一、社会保险登记,,,,,
                1,,机关事业单位社会保险登记,20个工作日,人社局,主动
                2,,职工参保登记,,,主动
                二、社会保险参保缴费记录查询,,,,,
                3,,个人权益记录查询打印,,,主动
                """);

        ImportReport report = importer.read(file, ImportSettings.of("654002"));

        assertThat(report.headings()).containsExactly(new SectionHeading(file.toString(), null, 2, "一、社会保险登记"),
                new SectionHeading(file.toString(), null, 5, "二、社会保险参保缴费记录查询"));
        assertThat(report.events()).map(e -> e.event().data().category()).containsExactly(
                List.of("社会保险登记", "机关事业单位社会保险登记"), List.of("社会保险登记", "职工参保登记"),
                List.of("社会保险参保缴费记录查询", "个人权益记录查询打印"));
        assertThat(report.events().get(2).event().data().timeLimit()).as("no merge reaches over a heading").isNull();
        assertThat(report.filledCells()).containsExactly(entry(Column.LEVEL_1, 3), entry(Column.TIME_LIMIT, 1),
                entry(Column.BODY, 1));
        assertThat(report.describeFilledCells()).isEqualTo("一级事项 3, 公开时限 1, 公开主体 1");
    }

    @Test
    void aFileThatIsNoCatalogFailsWhole() throws IOException {
        Path notes = csv("notes.csv", "a,b,c\n1,2,3\n");

        assertThatThrownBy(() -> importer.read(notes, ImportSettings.of("654002")))
                .isInstanceOf(CatalogFileException.class).hasMessageContaining("notes.csv: no header row");
        assertThatThrownBy(() -> importer.read(dir.resolve("missing.csv"), ImportSettings.of("654002")))
                .isInstanceOf(CatalogFileException.class).hasMessageContaining("no such file");
    }

    @Test
    void theRegionMustBeAGbT2260Code() {
        assertThatThrownBy(() -> ImportSettings.of("65")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6-digit GB/T 2260 code");
    }

    private ImportReport report(Path file, ImportSettings settings) {
        return importer.read(file, settings);
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}

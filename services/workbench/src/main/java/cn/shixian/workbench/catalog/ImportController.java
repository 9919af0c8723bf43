package cn.shixian.workbench.catalog;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportReport;
import cn.shixian.importer.ImportSettings;
import cn.shixian.importer.table.CatalogFileException;
import cn.shixian.web.CurrentUsers;
import cn.shixian.workbench.services.CatalogItem;
import cn.shixian.workbench.services.DeadlineApi;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Catalog import (目录导入, INGEST or ADMIN): upload a CSV or XLSX catalog, see what it would create
 * and change and every row that could not be read, then confirm to send the events through the
 * deadline-service's {@code POST /api/events}, the door every upstream system uses.
 */
@Controller
class ImportController {

    static final URI SOURCE = URI.create("urn:shixian:workbench");
    private static final String PREVIEW = "importPreview";
    private static final int LOOKUP_CHUNK = 2000;
    private static final int SEND_CHUNK = 500;

    private final DeadlineApi deadline;
    private final CurrentUsers users;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();

    ImportController(DeadlineApi deadline, CurrentUsers users, Clock clock) {
        this.deadline = deadline;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/import")
    String form(Principal officer, Model model) {
        model.addAttribute("defaultRegion", users.scopeOf(officer).prefixes().stream()
                .filter(p -> p.length() == 6).findFirst().orElse(""));
        return "import";
    }

    @PostMapping("/import")
    String preview(@RequestParam("file") MultipartFile file, @RequestParam String region,
                   @RequestParam(required = false) LocalDate changedOn, Principal officer, HttpSession session,
                   Model model) throws IOException {
        model.addAttribute("defaultRegion", region);
        String problem = check(file, region, officer);
        if (problem != null) {
            model.addAttribute("problem", problem);
            return "import";
        }
        ImportReport report;
        Path upload = Files.createTempFile("shixian-catalog-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
            OffsetDateTime changedAt = changedOn == null ? null : changedOn.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
            report = new CatalogImporter(clock).read(upload, new ImportSettings(region, SOURCE, changedAt, null));
        } catch (CatalogFileException | IllegalArgumentException unreadable) {
            model.addAttribute("problem", "unreadable");
            model.addAttribute("problemDetail", unreadable.getMessage().replace(upload.toString(), originalName(file)));
            return "import";
        } finally {
            Files.deleteIfExists(upload);
        }
        ImportPreview preview = ImportPreview.of(UUID.randomUUID().toString(), originalName(file), region, report,
                known(report), deadline.itemsOf(region));
        session.setAttribute(PREVIEW, preview);
        model.addAttribute("preview", preview);
        return "import-preview";
    }

    @PostMapping("/import/confirm")
    String confirm(@RequestParam String id, HttpSession session, Model model) {
        if (!(session.getAttribute(PREVIEW) instanceof ImportPreview preview) || !preview.id().equals(id)) {
            model.addAttribute("problem", "expired");
            return "import";
        }
        // gone before anything is sent: a second click or a reload cannot send the events twice
        session.removeAttribute(PREVIEW);
        List<CloudEvent<?>> events = preview.events(SOURCE, clock);
        int sent = 0;
        for (int i = 0; i < events.size(); i += SEND_CHUNK) {
            List<CloudEvent<?>> chunk = events.subList(i, Math.min(events.size(), i + SEND_CHUNK));
            sent += deadline.send(batch(chunk)).accepted();
        }
        model.addAttribute("preview", preview);
        model.addAttribute("sent", sent);
        return "import-done";
    }

    private String check(MultipartFile file, String region, Principal officer) {
        if (file == null || file.isEmpty()) {
            return "noFile";
        }
        if (region == null || !region.matches("[1-8][0-9]{5}")) {
            return "region";
        }
        if (!users.scopeOf(officer).permits(region)) {
            return "outOfScope";
        }
        return null;
    }

    private List<CatalogItem> known(ImportReport report) {
        List<String> ids = report.events().stream().map(e -> e.event().data().itemId()).distinct().toList();
        List<CatalogItem> known = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += LOOKUP_CHUNK) {
            known.addAll(deadline.lookup(ids.subList(i, Math.min(ids.size(), i + LOOKUP_CHUNK))));
        }
        return known;
    }

    private byte[] batch(List<CloudEvent<?>> events) {
        StringBuilder json = new StringBuilder("[");
        for (CloudEvent<?> event : events) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(new String(codec.encode(event), java.nio.charset.StandardCharsets.UTF_8));
        }
        return json.append(']').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String originalName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "catalog" : Path.of(name).getFileName().toString();
    }
}

package cn.shixian.deadline.query;

import cn.shixian.web.CurrentUsers;
import cn.shixian.web.query.InvalidParameter;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The items the service knows (事项清单), as their latest revisions state them: {@code GET /api/items}
 * pages through them, {@code POST /api/items/lookup} answers for a list of ids (a catalog re-import
 * asking which of its rows are known). Both only within the caller's regions.
 */
@RestController
class ItemListController {

    static final int MAX_TEXT = 200;

    private final ItemSearch search;
    private final CurrentUsers users;

    ItemListController(ItemSearch search, CurrentUsers users) {
        this.search = search;
        this.users = users;
    }

    @Operation(summary = "Items, a page at a time (role OFFICER)", description = """
            Ordered by item id. Blank parameters mean any. Only items of the caller's regions. category and \
            timeLimitText are null for an item not revised since the service began to keep them.""")
    @GetMapping("/api/items")
    Page<ItemSummary> list(
            @Parameter(description = RequestParameters.REGION_DESCRIPTION)
            @RequestParam(required = false) String region,
            @Parameter(description = "part of the title or item id, any case; at most " + MAX_TEXT + " characters")
            @RequestParam(required = false) String q,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @RequestParam(required = false) Integer page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @RequestParam(required = false) Integer size,
            @Parameter(hidden = true) Principal caller) {
        String prefix = RequestParameters.regionPrefix(region);
        String text = RequestParameters.blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidParameter("q", "q may have at most " + MAX_TEXT + " characters; had " + text.length());
        }
        return search.find(prefix, text, PageRequest.of(page, size), users.scopeOf(caller));
    }

    @Operation(summary = "Items by id (role OFFICER)", description = """
            Body {"itemIds": [...]}, 1 to 2000 ids. Answers {"items": [...]} in the order asked, each id once; \
            an id the service does not know, or of an item outside the caller's regions, is simply absent.""")
    @PostMapping(path = "/api/items/lookup", consumes = MediaType.APPLICATION_JSON_VALUE)
    ItemLookup.Response lookup(@RequestBody ItemLookup.Request request, @Parameter(hidden = true) Principal caller) {
        return new ItemLookup.Response(search.lookup(request.checked(), users.scopeOf(caller)));
    }
}

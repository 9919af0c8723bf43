package cn.shixian.workbench.request;

import cn.shixian.workbench.services.DeadlineApi;
import cn.shixian.workbench.services.RequestClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One request's clock (申请办理时限): received, due date and why, each pause (补正, 征求意见) and extension
 * (延期), the flags of 条例 arts. 30 and 32, the outcome and late days, its steps. Unknown or outside the
 * officer's regions: the same "not found" page as an item's, as the deadline-service answers alike.
 */
@Controller
class RequestPageController {

    private final DeadlineApi deadline;

    RequestPageController(DeadlineApi deadline) {
        this.deadline = deadline;
    }

    @GetMapping("/requests/{requestId}")
    String request(@PathVariable String requestId, Model model) {
        RequestClock clock = deadline.request(requestId);
        model.addAttribute("clock", clock);
        model.addAttribute("parts", DueDateParts.of(clock));
        model.addAttribute("lampCss", RequestStates.css(clock.state()));
        return "request";
    }
}

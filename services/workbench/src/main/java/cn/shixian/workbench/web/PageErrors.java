package cn.shixian.workbench.web;

import cn.shixian.workbench.services.ServiceFailure;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * Errors as pages: "not found" for what does not exist or lies outside the officer's regions (the
 * services answer alike for both), the service's own words for a refused request, and a page saying
 * which service is unreachable.
 */
@ControllerAdvice
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(ServiceFailure.class)
    String refused(ServiceFailure failure, Model model, HttpServletResponse response) {
        if (failure.notFound()) {
            return page(404, "error.notFound", null, model, response);
        }
        int status = failure.status().is4xxClientError() ? failure.status().value() : 502;
        return page(status, "error.failed", failure.getMessage(), model, response);
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException failure, Model model, HttpServletResponse response) {
        LOG.warn("A service is unreachable: {}", failure.getMessage());
        return page(503, "error.unavailable", null, model, response);
    }

    private static String page(int status, String messageKey, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("detail", detail);
        return "error";
    }
}

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
            response.setStatus(404);
            return "errors/not-found";
        }
        int status = failure.status().is4xxClientError() ? failure.status().value() : 502;
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", failure.getMessage());
        return "errors/failed";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException failure, Model model, HttpServletResponse response) {
        LOG.warn("A service is unreachable: {}", failure.getMessage());
        response.setStatus(503);
        model.addAttribute("status", 503);
        model.addAttribute("detail", failure.getMessage());
        return "errors/unavailable";
    }
}

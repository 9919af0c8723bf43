package cn.shixian.workbench.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link of the language switch: the page being shown, with its filter, in the other language.
 */
@ControllerAdvice
class LanguageSwitch {

    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request) {
        String other = Dates.chinese(LocaleContextHolder.getLocale()) ? "en" : "zh-CN";
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString();
    }
}

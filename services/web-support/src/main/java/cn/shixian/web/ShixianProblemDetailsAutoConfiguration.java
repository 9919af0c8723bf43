package cn.shixian.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as problem details (问题详情, RFC 9457) without each service setting
 * {@code spring.mvc.problemdetails.enabled}: registered before Boot's web MVC configuration,
 * whose own handler for that property then stands back. A service with its own
 * {@link ResponseEntityExceptionHandler} keeps it.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ShixianProblemDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemDetailsAdvice shixianProblemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}

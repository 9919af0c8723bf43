package cn.shixian.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The OpenAPI document (接口文档, {@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html})
 * says that every operation takes HTTP Basic, so "Try it out" asks for a user. A customizer
 * rather than an {@code OpenAPI} bean: a service may still declare its own for title and text.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ShixianOpenApiAutoConfiguration {

    /** Name of the security scheme in {@code components.securitySchemes}. */
    public static final String BASIC_AUTH = "basicAuth";

    private static final String SPRINGDOC_DEFAULT_TITLE = "OpenAPI definition";

    @Bean
    OpenApiCustomizer shixianBasicAuthOpenApi(Environment environment) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("basic")
                    .description("A user of shixian.security.users; the role each operation needs is in its description"));
            SecurityRequirement basic = new SecurityRequirement().addList(BASIC_AUTH);
            if (openApi.getSecurity() == null || !openApi.getSecurity().contains(basic)) {
                openApi.addSecurityItem(basic);
            }
            if (openApi.getInfo() == null || SPRINGDOC_DEFAULT_TITLE.equals(openApi.getInfo().getTitle())) {
                Info info = openApi.getInfo() == null ? new Info().version("v1") : openApi.getInfo();
                openApi.info(info.title(environment.getProperty("spring.application.name", "Shixian") + " API"));
            }
        };
    }
}

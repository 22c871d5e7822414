package org.chungtay.projects.ui;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.chungtay.projects.ProjectService;
import org.chungtay.projects.ProjectsNavigation;
import org.chungtay.shared.OpenToEveryone;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.PublicTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The projects' public pages (DD012, DD027): the projects from fundraising on, and each project's page with its
 * budget, funding, milestones, public updates and photos, as plain server-rendered HTML without a session.
 * Photos are served by their random token; a donors-only update's photos are not served here at all.
 */
@Controller
class PublicProjectPages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();
    private static final CacheControl PHOTO_CACHE = CacheControl.maxAge(10, TimeUnit.MINUTES).cachePublic();

    private final ProjectService projects;
    private final PublicTemplates templates;
    private final PublicProjectModel models;

    PublicProjectPages(ProjectService projects, PublicTemplates templates, PublicProjectModel models) {
        this.projects = projects;
        this.templates = templates;
        this.models = models;
    }

    @GetMapping("/" + ProjectsNavigation.PUBLIC_LIST)
    ResponseEntity<String> list(HttpServletRequest request, @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        var locale = Languages.of(lang.orElse(remembered));
        return page(lang, HttpStatus.OK,
                templates.render("projects", locale, models.list(request, locale, projects.publicProjects())));
    }

    @GetMapping("/" + ProjectsNavigation.PUBLIC_LIST + "/{slug}")
    ResponseEntity<String> project(HttpServletRequest request, @PathVariable String slug,
            @RequestParam Optional<String> lang, @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        var locale = Languages.of(lang.orElse(remembered));
        return projects.findPublic(slug)
                .map(project -> page(lang, HttpStatus.OK,
                        templates.render("project", locale, models.project(request, locale, project))))
                .orElseGet(() -> {
                    var model = templates.frame(request, locale, templates.translate(locale, "error.not-found.title"), "");
                    model.put("campaigns_url", request.getContextPath() + "/campaigns");
                    return page(lang, HttpStatus.NOT_FOUND, templates.render("not-found", locale, model));
                });
    }

    @GetMapping("/" + ProjectsNavigation.PHOTO_PATH + "/{token}")
    ResponseEntity<byte[]> photo(@PathVariable String token) {
        return projects.publicPhoto(token)
                .map(photo -> ResponseEntity.ok().cacheControl(PHOTO_CACHE)
                        .contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<String> page(Optional<String> asked, HttpStatus status, String html) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(HTML)
                .cacheControl(REVALIDATE).header(HttpHeaders.VARY, HttpHeaders.COOKIE);
        asked.ifPresent(language -> response.header(HttpHeaders.SET_COOKIE, ResponseCookie
                .from(Languages.COOKIE, Languages.of(language).getLanguage()).path("/").maxAge(Languages.COOKIE_SECONDS)
                .httpOnly(true).sameSite("lax").build().toString()));
        return response.body(html);
    }

    /** Opens the projects' public GET addresses to everyone, before the portal's deny-by-default chain. */
    @Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 5)
        SecurityFilterChain publicProjectsChain(HttpSecurity http) throws Exception {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            return OpenToEveryone.chain(http, new OrRequestMatcher(
                    paths.matcher(HttpMethod.GET, "/" + ProjectsNavigation.PUBLIC_LIST),
                    paths.matcher(HttpMethod.GET, "/" + ProjectsNavigation.PUBLIC_LIST + "/*"),
                    paths.matcher(HttpMethod.GET, "/" + ProjectsNavigation.PHOTO_PATH + "/*")));
        }
    }
}

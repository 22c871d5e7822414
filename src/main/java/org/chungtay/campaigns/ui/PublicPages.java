package org.chungtay.campaigns.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Ticker;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.PublicTemplates;
import org.chungtay.shared.ui.StaffHome;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public front door (DD012): the home page, the campaigns collecting now, and each campaign's page, as
 * plain server-rendered HTML without a Vaadin UI or an HTTP session, so that a crowd following a newspaper
 * link costs the server little. They answer with an ETag and ask to be revalidated, so repeat visitors and
 * proxies get a bodiless 304 while the figures have not moved. Vaadin keeps the pledge form and the staff app.
 */
@Controller
class PublicPages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** The query parameter of Vaadin's own requests (bootstrap, UIDL, heartbeat), which also go to {@code /}. */
    private static final String VAADIN_REQUEST = "v-r";
    /** The public home's own address; the portal's address ({@code /}) shows it too (see {@link FrontDoor}). */
    static final String HOME = "/home";
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    private final CampaignService campaigns;
    private final PublicTemplates templates;
    private final PublicPageModel models;
    private final RenderedPages rendered;

    PublicPages(CampaignService campaigns, PublicTemplates templates, PublicPageModel models,
            @Value("${chungtay.public-pages.cache-seconds}") int cacheSeconds) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.models = models;
        this.rendered = new RenderedPages(Duration.ofSeconds(cacheSeconds), Ticker.systemTicker());
    }

    @GetMapping(HOME)
    ResponseEntity<String> home(HttpServletRequest request, @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        if (new AuthenticationTrustResolverImpl().isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, request.getContextPath() + "/" + StaffHome.ROUTE)
                    .cacheControl(CacheControl.noStore()).build();
        }
        Locale locale = language(lang, remembered);
        return page(lang, locale, "home", () -> RenderedPages.Page.of(HttpStatus.OK,
                templates.render("home", locale, models.home(request, locale, campaigns.activeCampaigns()))));
    }

    @GetMapping("/campaigns")
    ResponseEntity<String> campaigns(HttpServletRequest request, @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        Locale locale = language(lang, remembered);
        return page(lang, locale, "campaigns", () -> RenderedPages.Page.of(HttpStatus.OK,
                templates.render("campaigns", locale, models.list(request, locale, campaigns.activeCampaigns()))));
    }

    @GetMapping("/campaigns/{slug}")
    ResponseEntity<String> campaign(HttpServletRequest request, @PathVariable String slug,
            @RequestParam Optional<String> lang, @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        Locale locale = language(lang, remembered);
        return page(lang, locale, "campaign/" + slug, () -> campaigns.findPublic(slug)
                .map(campaign -> RenderedPages.Page.of(HttpStatus.OK,
                        templates.render("campaign", locale, models.campaign(request, locale, campaign))))
                .orElseGet(() -> RenderedPages.Page.of(HttpStatus.NOT_FOUND,
                        templates.render("not-found", locale, models.notFound(request, locale)))));
    }

    /**
     * The language asked for in the address (the switch's links), else the one this browser chose before
     * (here or in the Vaadin views), else Vietnamese, as in the rest of the portal: the browser's own
     * languages are not asked, as many phones in Vietnam are set to English.
     */
    private static Locale language(Optional<String> asked, String remembered) {
        return Languages.of(asked.orElse(remembered));
    }

    private ResponseEntity<String> page(Optional<String> asked, Locale locale, String address,
            Supplier<RenderedPages.Page> render) {
        RenderedPages.Page page = rendered.get(address + "?" + locale.getLanguage(), render);
        String html = page.html();
        String etag = page.etag();
        HttpStatus status = page.status();
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(HTML)
                .cacheControl(REVALIDATE).eTag(etag).header(HttpHeaders.VARY, HttpHeaders.COOKIE);
        // Only the switch's links set the language cookie; a plain visit leaves no cookie at all.
        asked.ifPresent(language -> response.header(HttpHeaders.SET_COOKIE, ResponseCookie
                .from(Languages.COOKIE, locale.getLanguage()).path("/").maxAge(Languages.COOKIE_SECONDS)
                .httpOnly(true).sameSite("lax").build().toString()));
        // Spring MVC answers 304 without the body when the request's If-None-Match has this ETag.
        return response.body(html);
    }

    /**
     * Opens the public pages to everyone, before the portal's deny-by-default chain sees them. The chain
     * never creates a session; it reads an existing one only to send signed-in staff from {@code /} to
     * their own home. No CSRF token is needed: only GET passes here. Vaadin's own requests to {@code /}
     * (with {@code v-r}) stay with the portal's main chain and Vaadin.
     */
    @Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 1)
        SecurityFilterChain publicPagesChain(HttpSecurity http) throws Exception {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            return http.securityMatcher(new OrRequestMatcher(FrontDoor.MATCHER, paths.matcher(HttpMethod.GET, HOME),
                            paths.matcher(HttpMethod.GET, "/campaigns"),
                            paths.matcher(HttpMethod.GET, "/campaigns/*")))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                    .requestCache(cache -> cache.disable())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
    }

    /**
     * Shows the public home at the portal's own address. Not a Spring MVC mapping on {@code /}: Vaadin's own
     * requests go to {@code /} too ({@code ?v-r=…}, GET and POST), and a handler mapped there would answer
     * them with 400 or 405 instead of letting them through to Vaadin. So a plain GET of {@code /} is forwarded,
     * inside the server, to the home page's own address.
     */
    @Configuration(proxyBeanMethods = false)
    static class FrontDoor {

        static final RequestMatcher MATCHER = request -> HttpMethod.GET.matches(request.getMethod())
                && "/".equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                && request.getParameter(VAADIN_REQUEST) == null;

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> frontDoorForward() {
            OncePerRequestFilter forward = new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                        FilterChain chain) throws ServletException, IOException {
                    if (MATCHER.matches(request)) {
                        request.getRequestDispatcher(HOME).forward(request, response);
                    } else {
                        chain.doFilter(request, response);
                    }
                }
            };
            return new FilterRegistrationBean<>(forward);
        }
    }
}

package org.chungtay.communications.ui;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.communications.MailChoiceLinks;
import org.chungtay.communications.MailChoiceLinks.UnsubscribeState;
import org.chungtay.donors.ConsentByLink.Channel;
import org.chungtay.shared.StaticAssets;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.PublicTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The unsubscribe link of appeals and progress news ({@code /unsubscribe/<token>}), as a plain page without a
 * session (DD012, DD022). A GET only shows what the link would stop and one button: mail scanners follow links,
 * so opening it never unsubscribes. The button, and a mail app's RFC 8058 one-click request (a POST of
 * {@code List-Unsubscribe=One-Click} without cookies), withdraw the consent at once and answer 200 with a page
 * that says so and offers to undo it (a POST with {@code undo}). The page is in the donor's language, with a
 * switch ({@code ?lang=}); a link this portal did not sign is "not valid" (404), and says nothing more.
 */
@Controller
class UnsubscribePages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final String PATH = "/" + CommunicationsNavigation.UNSUBSCRIBE + "/{token}";

    private final MailChoiceLinks choices;
    private final PublicTemplates templates;
    private final ResourceUrlProvider resources;

    UnsubscribePages(MailChoiceLinks choices, PublicTemplates templates, ResourceUrlProvider resources) {
        this.choices = choices;
        this.templates = templates;
        this.resources = resources;
    }

    @GetMapping(PATH)
    ResponseEntity<String> show(HttpServletRequest request, @PathVariable String token,
            @RequestParam Optional<String> lang) {
        return page(request, token, lang, choices.unsubscribeState(token), null);
    }

    /** The button of the page, and the one-click request of a mail app (RFC 8058). */
    @PostMapping(value = PATH, params = "!undo")
    ResponseEntity<String> unsubscribe(HttpServletRequest request, @PathVariable String token,
            @RequestParam Optional<String> lang) {
        return page(request, token, lang, choices.unsubscribe(token, Channel.LINK), "unsubscribe.done");
    }

    @PostMapping(value = PATH, params = "undo")
    ResponseEntity<String> undo(HttpServletRequest request, @PathVariable String token,
            @RequestParam Optional<String> lang) {
        return page(request, token, lang, choices.resubscribe(token), "unsubscribe.undone");
    }

    private ResponseEntity<String> page(HttpServletRequest request, String token, Optional<String> asked,
            Optional<UnsubscribeState> state, String doneKey) {
        Locale locale = Languages.of(asked.orElse(state.map(UnsubscribeState::language).orElse(null)));
        String address = CommunicationsNavigation.UNSUBSCRIBE + "/" + token;
        Map<String, Object> model = frame(request, locale, address);
        if (state.isEmpty()) {
            model.put("title", templates.translate(locale, "unsubscribe.invalid.title"));
            return respond(HttpStatus.NOT_FOUND, templates.render("unsubscribe-invalid", locale, model));
        }
        UnsubscribeState now = state.get();
        String category = templates.translate(locale, now.category().labelKey()).toLowerCase(locale);
        String messageKey = doneKey != null ? doneKey : now.receiving() ? "unsubscribe.ask" : "unsubscribe.not-receiving";
        model.put("title", templates.translate(locale, "unsubscribe.title"));
        model.put("message", templates.translate(locale, messageKey, category));
        model.put("receiving", now.receiving());
        model.put("action", request.getContextPath() + "/" + address + "?lang=" + locale.getLanguage());
        model.put("preferences_url", request.getContextPath() + "/" + CommunicationsNavigation.MAIL_PREFERENCES + "/"
                + choices.preferencesToken(token).orElseThrow());
        return respond(HttpStatus.OK, templates.render("unsubscribe", locale, model));
    }

    private Map<String, Object> frame(HttpServletRequest request, Locale locale, String address) {
        String base = request.getContextPath() + "/";
        Locale other = Languages.ENGLISH.equals(locale) ? Languages.VIETNAMESE : Languages.ENGLISH;
        Map<String, Object> model = new HashMap<>();
        model.put("stylesheet", versioned(request, "/" + CampaignsNavigation.PUBLIC_STYLESHEET));
        model.put("favicon", versioned(request, "/" + StaticAssets.ICON));
        model.put("home_url", base);
        model.put("sign_in_url", base + "login");
        model.put("switch_path", base + address);
        model.put("switch_lang", other.getLanguage());
        model.put("switch_label", templates.translate(locale, "language.switch-to"));
        model.put("switch_title", templates.translate(locale, "language.switch-to.label"));
        model.put("meta_description", null);
        model.put("open_graph", java.util.List.of());
        return model;
    }

    private String versioned(HttpServletRequest request, String path) {
        String versioned = resources.getForLookupPath(path);
        return request.getContextPath() + (versioned == null ? path : versioned);
    }

    /** Never cached: the page shows the donor's choice as it is now. */
    private static ResponseEntity<String> respond(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
    }

    /**
     * Opens the unsubscribe address to everyone without a session. No CSRF token is asked even of its POST, and
     * that is safe: the secret is the signed token in the address itself, not a cookie a forged request could
     * borrow, and RFC 8058 requires that the POST work with nothing but the address and its body.
     */
    @Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 1)
        SecurityFilterChain unsubscribeChain(HttpSecurity http) throws Exception {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            String pattern = "/" + CommunicationsNavigation.UNSUBSCRIBE + "/*";
            return http.securityMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.GET, pattern),
                            paths.matcher(HttpMethod.POST, pattern)))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .requestCache(cache -> cache.disable())
                    .csrf(csrf -> csrf.disable())
                    .logout(logout -> logout.disable())
                    .build();
        }
    }
}

package org.chungtay.communications.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.communications.MailChoiceLinks;
import org.chungtay.communications.MailChoiceLinks.UnsubscribeState;
import org.chungtay.donors.ConsentByLink.Channel;
import org.chungtay.shared.OpenToEveryone;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    UnsubscribePages(MailChoiceLinks choices, PublicTemplates templates) {
        this.choices = choices;
        this.templates = templates;
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
        if (state.isEmpty()) {
            return respond(HttpStatus.NOT_FOUND, templates.render("unsubscribe-invalid", locale, templates.frame(request,
                    locale, templates.translate(locale, "unsubscribe.invalid.title"), address)));
        }
        UnsubscribeState now = state.get();
        String category = templates.translate(locale, now.category().labelKey()).toLowerCase(locale);
        Map<String, Object> model = templates.frame(request, locale, templates.translate(locale, "unsubscribe.title"),
                address);
        String messageKey = doneKey != null ? doneKey : now.receiving() ? "unsubscribe.ask" : "unsubscribe.not-receiving";
        model.put("message", templates.translate(locale, messageKey, category));
        model.put("receiving", now.receiving());
        model.put("action", request.getContextPath() + "/" + address + "?lang=" + locale.getLanguage());
        model.put("preferences_url", request.getContextPath() + "/" + CommunicationsNavigation.MAIL_PREFERENCES + "/"
                + choices.preferencesToken(token).orElseThrow());
        return respond(HttpStatus.OK, templates.render("unsubscribe", locale, model));
    }

    /** Never cached: the page shows the donor's choice as it is now. */
    private static ResponseEntity<String> respond(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
    }

    /**
     * Opens GET (and HEAD, which link checkers send) and POST of the unsubscribe address to everyone, without a session and without a CSRF token: the
     * signed token in the address is the only credential, and RFC 8058 requires that the POST work with nothing but
     * the address and its body. No other POST of the portal is opened this way.
     */
    @Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 1)
        SecurityFilterChain unsubscribeChain(HttpSecurity http) throws Exception {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            String pattern = "/" + CommunicationsNavigation.UNSUBSCRIBE + "/*";
            return OpenToEveryone.chain(http, new OrRequestMatcher(paths.matcher(HttpMethod.GET, pattern),
                    paths.matcher(HttpMethod.HEAD, pattern), paths.matcher(HttpMethod.POST, pattern)));
        }
    }
}

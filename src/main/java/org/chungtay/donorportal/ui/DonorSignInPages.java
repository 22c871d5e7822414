package org.chungtay.donorportal.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chungtay.donorportal.DonorPortalNavigation;
import org.chungtay.donorportal.DonorSignIn;
import org.chungtay.donorportal.DonorSessions;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.PublicTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The donor's way in (DD029), as plain pages (DD012): {@code /donor/sign-in} asks for an address and answers the
 * same whether or not it is known; the emailed link {@code /donor/sign-in/<token>} opens a page with one button,
 * as mail scanners open links and must not use them up; the button signs in and opens the donor portal.
 */
@Controller
class DonorSignInPages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final String ASK = "/" + DonorPortalNavigation.SIGN_IN;
    private static final String LINK = ASK + "/{token}";

    private final DonorSignIn signIn;
    private final DonorSessions sessions;
    private final PublicTemplates templates;

    DonorSignInPages(DonorSignIn signIn, DonorSessions sessions, PublicTemplates templates) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.templates = templates;
    }

    @GetMapping(ASK)
    ResponseEntity<String> ask(HttpServletRequest request, HttpServletResponse response, @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        Locale locale = Languages.of(lang.orElse(remembered));
        Map<String, Object> model = askModel(request, locale);
        model.put("email", "");
        return respond(response, HttpStatus.OK, lang, locale, templates.render("donor-sign-in", locale, model));
    }

    @PostMapping(ASK)
    ResponseEntity<String> send(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(defaultValue = "") String email,
            @RequestParam Optional<String> lang, @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        Locale locale = Languages.of(lang.orElse(remembered));
        Map<String, Object> model = askModel(request, locale);
        try {
            signIn.requestLink(email, request.getRemoteAddr());
            model.put("sent", true);
            model.put("sent_message", templates.translate(locale, "donor-portal.sign-in.sent",
                    DonorSignIn.VALID.toMinutes()));
            return respond(response, HttpStatus.OK, lang, locale, templates.render("donor-sign-in", locale, model));
        } catch (UserFacingException refused) {
            model.put("email", email.length() > 254 ? email.substring(0, 254) : email);
            model.put("error", templates.translate(locale, refused.messageKey(), refused.arguments()));
            HttpStatus status = "donor-portal.sign-in.too-many".equals(refused.messageKey())
                    ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
            return respond(response, status, lang, locale, templates.render("donor-sign-in", locale, model));
        }
    }

    @GetMapping(LINK)
    ResponseEntity<String> open(HttpServletRequest request, HttpServletResponse response, @PathVariable String token,
            @RequestParam Optional<String> lang, @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        Locale locale = Languages.of(lang.orElse(remembered));
        Map<String, Object> model = linkModel(request, locale, token);
        if (!signIn.isUsable(token)) {
            return respond(response, HttpStatus.NOT_FOUND, lang, locale,
                    templates.render("donor-sign-in-link", locale, model));
        }
        model.put("usable", true);
        return respond(response, HttpStatus.OK, lang, locale, templates.render("donor-sign-in-link", locale, model));
    }

    @PostMapping(LINK)
    ResponseEntity<String> use(HttpServletRequest request, HttpServletResponse response, @PathVariable String token,
            @RequestParam Optional<String> lang, @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        return signIn.redeem(token)
                .map(donor -> {
                    sessions.start(request, response, donor, signIn.languageOf(donor));
                    return ResponseEntity.status(HttpStatus.SEE_OTHER)
                            .header(HttpHeaders.LOCATION, request.getContextPath() + "/" + DonorPortalNavigation.HOME)
                            .cacheControl(CacheControl.noStore()).<String>build();
                })
                .orElseGet(() -> {
                    Locale locale = Languages.of(lang.orElse(remembered));
                    return respond(response, HttpStatus.NOT_FOUND, lang, locale,
                            templates.render("donor-sign-in-link", locale, linkModel(request, locale, token)));
                });
    }

    private Map<String, Object> askModel(HttpServletRequest request, Locale locale) {
        Map<String, Object> model = templates.frame(request, locale,
                templates.translate(locale, "donor-portal.sign-in.title"), DonorPortalNavigation.SIGN_IN);
        model.put("action", request.getContextPath() + ASK + "?lang=" + locale.getLanguage());
        model.put("sent", false);
        model.put("error", null);
        putCsrf(request, model);
        return model;
    }

    private Map<String, Object> linkModel(HttpServletRequest request, Locale locale, String token) {
        String address = DonorPortalNavigation.SIGN_IN + "/" + token;
        Map<String, Object> model = templates.frame(request, locale,
                templates.translate(locale, "donor-portal.sign-in.title"), address);
        model.put("action", request.getContextPath() + "/" + address + "?lang=" + locale.getLanguage());
        model.put("ask_url", request.getContextPath() + ASK + "?lang=" + locale.getLanguage());
        model.put("usable", false);
        putCsrf(request, model);
        return model;
    }

    private static void putCsrf(HttpServletRequest request, Map<String, Object> model) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.put("csrf_name", csrf == null ? "_csrf" : csrf.getParameterName());
        model.put("csrf_value", csrf == null ? "" : csrf.getToken());
    }

    /**
     * Never cached: each answer holds a fresh CSRF token. The switch's links remember the language; that cookie
     * is added to the servlet response itself, as a {@code Set-Cookie} of the answer's headers would replace the
     * CSRF token's cookie.
     */
    private static ResponseEntity<String> respond(HttpServletResponse servlet, HttpStatus status,
            Optional<String> asked, Locale locale, String html) {
        asked.ifPresent(language -> servlet.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie
                .from(Languages.COOKIE, locale.getLanguage()).path("/").maxAge(Languages.COOKIE_SECONDS)
                .httpOnly(true).sameSite("lax").build().toString()));
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
    }

    /**
     * Opens the sign-in pages to everyone, before the deny-by-default chain: no session is read or made here
     * (the link's button makes the donor's own, in {@link DonorSessions}), and the forms carry a CSRF token kept
     * in a cookie, so that no other site can sign a visitor in, or send links, through them.
     */
    @Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 2)
        SecurityFilterChain donorSignInChain(HttpSecurity http) throws Exception {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            return http.securityMatcher(new OrRequestMatcher(paths.matcher(ASK), paths.matcher(ASK + "/*")))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .requestCache(cache -> cache.disable())
                    .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                    // a form without its token (a page kept open across a browser restart, or a forged post) is
                    // shown again, fresh, instead of the error page; nothing was done
                    .exceptionHandling(refused -> refused.accessDeniedHandler((request, response, denied) -> {
                        response.setStatus(HttpStatus.SEE_OTHER.value());
                        response.setHeader(HttpHeaders.LOCATION, request.getRequestURI()
                                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
                    }))
                    .logout(logout -> logout.disable())
                    .build();
        }
    }
}

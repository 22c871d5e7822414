package org.chungtay.ledger.ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chungtay.ledger.PublicLedger;
import org.chungtay.ledger.PublicLedgerGift;
import org.chungtay.ledger.PublicLedgerPayout;
import org.chungtay.ledger.PublicLedgerPeriod;
import org.chungtay.ledger.PublicLedgerSubject;
import org.chungtay.ledger.PublicLedgerTotals;
import org.chungtay.shared.OpenToEveryone;
import org.chungtay.shared.SpreadsheetCell;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.PublicTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public ledger of a campaign ({@code /campaigns/<slug>/ledger}) and of a fund unit with its subtree
 * ({@code /ledger/<code>}), each with its CSV download, as plain pages without a session (DD012, DD028). Lists are
 * paged in the database, 50 lines a page, newest first, for one year or for every year. The CSV streams every
 * line of the period, oldest first, UTF-8 with a byte-order mark (so that Excel reads Vietnamese), every text
 * cell made safe against formula injection, amounts as plain whole numbers of đồng.
 */
@Controller
class PublicLedgerPages {

    static final int PAGE_SIZE = 50;
    static final String ALL_YEARS = "all";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final PublicLedger ledger;
    private final PublicTemplates templates;
    private final String baseUrl;

    PublicLedgerPages(PublicLedger ledger, PublicTemplates templates,
            @Value("${chungtay.public-base-url}") String baseUrl) {
        this.ledger = ledger;
        this.templates = templates;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    static String campaignLedger(String slug) {
        return "campaigns/" + slug + "/ledger";
    }

    static String unitLedger(String code) {
        return "ledger/" + code;
    }

    @GetMapping("/campaigns/{slug}/ledger")
    ResponseEntity<String> campaign(HttpServletRequest request, @PathVariable String slug,
            @RequestParam Optional<String> year, @RequestParam Optional<Integer> in, @RequestParam Optional<Integer> out,
            @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        Locale locale = Languages.of(lang.orElse(remembered));
        return page(request, lang, locale, ledger.campaign(slug), period(year, PublicLedgerPeriod.ALL), in, out);
    }

    @GetMapping("/ledger/{code}")
    ResponseEntity<String> unit(HttpServletRequest request, @PathVariable String code,
            @RequestParam Optional<String> year, @RequestParam Optional<Integer> in, @RequestParam Optional<Integer> out,
            @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) {
        Locale locale = Languages.of(lang.orElse(remembered));
        return page(request, lang, locale, ledger.unit(code),
                period(year, PublicLedgerPeriod.of(VietnamTime.today().getYear())), in, out);
    }

    @GetMapping("/campaigns/{slug}/ledger/csv")
    ResponseEntity<String> campaignCsv(HttpServletRequest request, HttpServletResponse response,
            @PathVariable String slug, @RequestParam Optional<String> year, @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) throws IOException {
        Locale locale = Languages.of(lang.orElse(remembered));
        return csv(request, response, locale, ledger.campaign(slug), period(year, PublicLedgerPeriod.ALL));
    }

    @GetMapping("/ledger/{code}/csv")
    ResponseEntity<String> unitCsv(HttpServletRequest request, HttpServletResponse response,
            @PathVariable String code, @RequestParam Optional<String> year, @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) throws IOException {
        Locale locale = Languages.of(lang.orElse(remembered));
        return csv(request, response, locale, ledger.unit(code),
                period(year, PublicLedgerPeriod.of(VietnamTime.today().getYear())));
    }

    /** {@code year=2025} or {@code year=all}; anything else is the page's default. */
    static PublicLedgerPeriod period(Optional<String> year, PublicLedgerPeriod otherwise) {
        if (year.isEmpty()) {
            return otherwise;
        }
        if (ALL_YEARS.equals(year.get())) {
            return PublicLedgerPeriod.ALL;
        }
        try {
            int asked = Integer.parseInt(year.get());
            return asked >= PublicLedgerPeriod.FIRST_YEAR && asked <= VietnamTime.today().getYear()
                    ? PublicLedgerPeriod.of(asked) : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private ResponseEntity<String> page(HttpServletRequest request, Optional<String> asked, Locale locale,
            Optional<PublicLedgerSubject> found, PublicLedgerPeriod period, Optional<Integer> inPage,
            Optional<Integer> outPage) {
        if (found.isEmpty()) {
            return notFound(request, locale, templates);
        }
        PublicLedgerSubject subject = found.get();
        String address = address(subject);
        String base = request.getContextPath() + "/";
        String name = subject.name(locale);
        Map<String, Object> model = templates.frame(request, locale,
                templates.translate(locale, "ledger.public.page-title", name), address);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(templates.translate(locale, "format.date"));
        model.put("name", name);
        model.put("kind", templates.translate(locale,
                subject.isCampaign() ? "ledger.public.campaign" : "ledger.public.unit"));
        model.put("campaign_url", subject.isCampaign() ? base + "campaigns/" + subject.address() : null);
        model.put("is_campaign", subject.isCampaign());
        model.put("unit_ledger_url", subject.isCampaign()
                ? ledger.unitLedgerOf(subject).map(code -> base + unitLedger(code)).orElse(null) : null);
        model.put("disclosure_url", subject.isCampaign() ? null : base + DisclosurePages.address(subject.address(),
                period.isAll() ? PublicLedgerPeriod.lastYear() : period.year()));
        model.put("period", period.isAll() ? templates.translate(locale, "ledger.public.all-years")
                : String.valueOf(period.year()));
        model.put("years", years(base + address, period));
        model.put("totals", totals(locale, ledger.totals(subject, period)));

        String query = "?year=" + (period.isAll() ? ALL_YEARS : period.year());
        long gifts = ledger.countGifts(subject, period);
        int in = pageNumber(inPage, gifts);
        model.put("gifts", ledger.gifts(subject, period, (in - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(gift -> Map.of("date", dates.format(gift.receivedOn()),
                        "name", gift.publicName().orElseGet(() -> templates.translate(locale, "ledger.public.well-wisher")),
                        "amount", gift.amount().format(locale)))
                .toList());
        model.put("has_gifts", gifts > 0);
        long payouts = ledger.countPayouts(subject, period);
        int out = pageNumber(outPage, payouts);
        model.put("payouts", ledger.payouts(subject, period, (out - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(payout -> payout(base, locale, dates, payout)).toList());
        model.put("has_payouts", payouts > 0);
        String here = base + address + query;
        model.put("gifts_pager", pager(locale, here + "&out=" + out + "&in=", in, gifts, "gifts"));
        model.put("payouts_pager", pager(locale, here + "&in=" + in + "&out=", out, payouts, "payouts"));
        model.put("csv_url", base + address + "/csv" + query + "&lang=" + locale.getLanguage());
        String html = templates.render("ledger", locale, model);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(HTML).cacheControl(REVALIDATE)
                .eTag("\"" + DigestUtils.md5DigestAsHex(html.getBytes(StandardCharsets.UTF_8)) + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.COOKIE);
        asked.ifPresent(language -> response.header(HttpHeaders.SET_COOKIE, languageCookie(locale)));
        return response.body(html);
    }

    static String languageCookie(Locale locale) {
        return ResponseCookie.from(Languages.COOKIE, locale.getLanguage()).path("/").maxAge(Languages.COOKIE_SECONDS)
                .httpOnly(true).sameSite("lax").build().toString();
    }

    private Map<String, Object> payout(String base, Locale locale, DateTimeFormatter dates, PublicLedgerPayout payout) {
        Map<String, Object> line = new HashMap<>();
        line.put("date", dates.format(payout.paidOn()));
        line.put("purpose", templates.translate(locale, payout.purpose().labelKey()));
        line.put("description", payout.description(locale));
        line.put("link", payout.publicPath() == null ? null : base + payout.publicPath().replaceFirst("^/+", ""));
        line.put("amount", payout.amount().format(locale));
        return line;
    }

    private Map<String, String> totals(Locale locale, PublicLedgerTotals totals) {
        return Map.of("opening", totals.opening().format(locale), "in", totals.in().format(locale),
                "out", totals.out().format(locale), "held", totals.held().format(locale));
    }

    private List<Map<String, Object>> years(String here, PublicLedgerPeriod period) {
        List<Map<String, Object>> years = new ArrayList<>();
        years.add(year(here, ALL_YEARS, null, period.isAll()));
        for (int year : PublicLedgerPeriod.years()) {
            years.add(year(here, String.valueOf(year), String.valueOf(year),
                    !period.isAll() && period.year() == year));
        }
        return years;
    }

    private static Map<String, Object> year(String here, String value, String label, boolean current) {
        Map<String, Object> year = new HashMap<>();
        year.put("url", here + "?year=" + value);
        year.put("label", label == null ? "" : label);
        year.put("all", label == null);
        year.put("current", current);
        year.put("value", value);
        return year;
    }

    private static int pageNumber(Optional<Integer> asked, long lines) {
        int pages = (int) Math.max(1, (lines + PAGE_SIZE - 1) / PAGE_SIZE);
        return Math.min(Math.max(1, asked.orElse(1)), pages);
    }

    private Map<String, Object> pager(Locale locale, String url, int page, long lines, String id) {
        int pages = (int) Math.max(1, (lines + PAGE_SIZE - 1) / PAGE_SIZE);
        if (pages == 1) {
            return null;
        }
        Map<String, Object> pager = new HashMap<>();
        pager.put("id", id);
        pager.put("newer", page > 1 ? url + (page - 1) : null);
        pager.put("older", page < pages ? url + (page + 1) : null);
        pager.put("position", templates.translate(locale, "ledger.public.page", page, pages));
        return pager;
    }

    private static String address(PublicLedgerSubject subject) {
        return subject.isCampaign() ? campaignLedger(subject.address()) : unitLedger(subject.address());
    }

    /** The public not-found page (404), as the campaign pages show it. */
    static ResponseEntity<String> notFound(HttpServletRequest request, Locale locale, PublicTemplates templates) {
        Map<String, Object> model = templates.frame(request, locale, templates.translate(locale, "error.not-found.title"),
                "");
        model.put("campaigns_url", request.getContextPath() + "/campaigns");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).cacheControl(CacheControl.noCache())
                .body(templates.render("not-found", locale, model));
    }

    private ResponseEntity<String> csv(HttpServletRequest request, HttpServletResponse response, Locale locale,
            Optional<PublicLedgerSubject> found, PublicLedgerPeriod period) throws IOException {
        if (found.isEmpty()) {
            return notFound(request, locale, templates);
        }
        PublicLedgerSubject subject = found.get();
        String file = "ledger-" + subject.address() + "-" + (period.isAll() ? ALL_YEARS : period.year()) + ".csv";
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(templates.translate(locale, "format.date"));
        String in = templates.translate(locale, "ledger.csv.in");
        String out = templates.translate(locale, "ledger.csv.out");
        String wellWisher = templates.translate(locale, "ledger.public.well-wisher");
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(text(locale, "ledger.csv.kind"), text(locale, "ledger.csv.date"),
                    text(locale, "ledger.csv.name"), text(locale, "ledger.csv.description"),
                    text(locale, "ledger.csv.link"), text(locale, "ledger.csv.amount"));
            ledger.eachGift(subject, period, gift -> row(csv, in, dates.format(gift.receivedOn()),
                    gift.publicName().orElse(wellWisher), "", "", gift.amount().amount()));
            ledger.eachPayout(subject, period, payout -> row(csv, out, dates.format(payout.paidOn()),
                    text(locale, payout.purpose().labelKey()), payout.description(locale),
                    payout.publicPath() == null ? "" : baseUrl + "/" + payout.publicPath().replaceFirst("^/+", ""),
                    payout.amount().amount()));
            PublicLedgerTotals totals = ledger.totals(subject, period);
            row(csv, text(locale, "ledger.totals.opening"), "", "", "", "", totals.opening().amount());
            row(csv, text(locale, "ledger.totals.in"), "", "", "", "", totals.in().amount());
            row(csv, text(locale, "ledger.totals.out"), "", "", "", "", totals.out().amount());
            row(csv, text(locale, "ledger.totals.held"), "", "", "", "", totals.held().amount());
        }
        return null;
    }

    private String text(Locale locale, String key) {
        return templates.translate(locale, key);
    }

    /** One line: every text cell made safe, the amount a plain whole number of đồng. */
    private static void row(CSVPrinter csv, String kind, String date, String name, String description, String link,
            long amount) {
        try {
            csv.printRecord(SpreadsheetCell.safe(kind), SpreadsheetCell.safe(date), SpreadsheetCell.safe(name),
                    SpreadsheetCell.safe(description), SpreadsheetCell.safe(link), amount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the ledger's and the disclosure's addresses (GET only) to everyone, without a session, before the
     * portal's deny-by-default chain. The campaigns' own chain matches {@code /campaigns/*} only, so a campaign's
     * ledger below it is opened here.
     */
    @Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 6)
        SecurityFilterChain publicLedgerChain(HttpSecurity http) throws Exception {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            return OpenToEveryone.chain(http, new OrRequestMatcher(
                    paths.matcher(HttpMethod.GET, "/campaigns/*/ledger"),
                    paths.matcher(HttpMethod.GET, "/campaigns/*/ledger/csv"),
                    paths.matcher(HttpMethod.GET, "/ledger/*"),
                    paths.matcher(HttpMethod.GET, "/ledger/*/csv"),
                    paths.matcher(HttpMethod.GET, "/disclosure/*"),
                    paths.matcher(HttpMethod.GET, "/disclosure/*/*"),
                    paths.matcher(HttpMethod.GET, "/disclosure/*/*/pdf"),
                    paths.matcher(HttpMethod.GET, "/disclosure/*/*/xlsx")));
        }
    }
}

package org.chungtay.ledger.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chungtay.ledger.DisclosureReport;
import org.chungtay.ledger.DisclosureSection;
import org.chungtay.ledger.Disclosures;
import org.chungtay.ledger.PublicLedgerPeriod;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.PublicTemplates;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A fund unit's annual disclosure ({@code /disclosure/<code>/<year>}) as a plain public page with a year chooser,
 * a PDF and an XLSX (DD028). {@code /disclosure/<code>} leads to the last year that has ended, the one due by
 * 31 March. An unknown code or year is the public not-found page.
 */
@Controller
class DisclosurePages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Disclosures disclosures;
    private final PublicTemplates templates;

    DisclosurePages(Disclosures disclosures, PublicTemplates templates) {
        this.disclosures = disclosures;
        this.templates = templates;
    }

    static String address(String code, int year) {
        return "disclosure/" + code + "/" + year;
    }

    @GetMapping("/disclosure/{code}")
    ResponseEntity<String> latest(HttpServletRequest request, @PathVariable String code) {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION,
                request.getContextPath() + "/" + address(code, PublicLedgerPeriod.lastYear())).build();
    }

    @GetMapping("/disclosure/{code}/{year}")
    ResponseEntity<?> page(HttpServletRequest request, @PathVariable String code, @PathVariable String year,
            @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) throws IOException {
        return answer(request, code, year, lang, remembered, (report, locale) -> page(request, lang, report, locale));
    }

    private ResponseEntity<String> page(HttpServletRequest request, Optional<String> lang, DisclosureReport report,
            Locale locale) {
        String base = request.getContextPath() + "/";
        String address = address(report.unit().address(), report.year());
        String name = report.unit().name(locale);
        Map<String, Object> model = templates.frame(request, locale,
                templates.translate(locale, "ledger.disclosure.page-title", String.valueOf(report.year()), name), address);
        model.put("name", name);
        model.put("heading", templates.translate(locale, "ledger.disclosure.title", String.valueOf(report.year())));
        model.put("years", PublicLedgerPeriod.years().stream().map(each -> {
            Map<String, Object> choice = new HashMap<>();
            choice.put("label", String.valueOf(each));
            choice.put("url", base + address(report.unit().address(), each));
            choice.put("current", each == report.year());
            return choice;
        }).toList());
        List<Map<String, Object>> sections = DisclosureSection.of(report, locale, key -> templates.translate(locale, key))
                .stream().map(section -> {
                    Map<String, Object> view = new HashMap<>();
                    view.put("id", section.id());
                    view.put("title", section.title());
                    view.put("empty", section.rows().isEmpty());
                    view.put("rows", section.rows().stream().map(row -> row(base, locale, row)).toList());
                    view.put("total", section.total() == null ? null : row(base, locale, section.total()));
                    return view;
                }).toList();
        model.put("sections", sections);
        model.put("pdf_url", base + address + "/pdf?lang=" + locale.getLanguage());
        model.put("xlsx_url", base + address + "/xlsx?lang=" + locale.getLanguage());
        model.put("ledger_url", base + PublicLedgerPages.unitLedger(report.unit().address()) + "?year=" + report.year());
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(HTML)
                .cacheControl(CacheControl.noCache().cachePublic()).header(HttpHeaders.VARY, HttpHeaders.COOKIE);
        lang.ifPresent(language -> response.header(HttpHeaders.SET_COOKIE, PublicLedgerPages.languageCookie(locale)));
        return response.body(templates.render("disclosure", locale, model));
    }

    @GetMapping("/disclosure/{code}/{year}/pdf")
    ResponseEntity<?> pdf(HttpServletRequest request, @PathVariable String code, @PathVariable String year,
            @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) throws IOException {
        return answer(request, code, year, lang, remembered, (report, locale) -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "pdf"))
                .body(disclosures.pdf(report, locale)));
    }

    @GetMapping("/disclosure/{code}/{year}/xlsx")
    ResponseEntity<?> xlsx(HttpServletRequest request, HttpServletResponse response, @PathVariable String code,
            @PathVariable String year, @RequestParam Optional<String> lang,
            @CookieValue(name = Languages.COOKIE, required = false) String remembered) throws IOException {
        return answer(request, code, year, lang, remembered, (report, locale) -> {
            // Streamed by fastexcel straight to the response; nothing is left for Spring MVC to write.
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(XLSX.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "xlsx"));
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
            disclosures.xlsx(report, locale, response.getOutputStream());
            return null;
        });
    }

    @FunctionalInterface
    private interface Answer {
        ResponseEntity<?> of(DisclosureReport report, Locale locale) throws IOException;
    }

    /** The answer for the disclosure of this code and year in the reader's language, or the public not-found page. */
    private ResponseEntity<?> answer(HttpServletRequest request, String code, String year, Optional<String> lang,
            String remembered, Answer answer) throws IOException {
        Locale locale = Languages.of(lang.orElse(remembered));
        Optional<DisclosureReport> found;
        try {
            found = disclosures.report(code, Integer.parseInt(year));
        } catch (NumberFormatException e) {
            found = Optional.empty();
        }
        return found.isEmpty() ? PublicLedgerPages.notFound(request, locale, templates) : answer.of(found.get(), locale);
    }

    private static String attachment(DisclosureReport report, String extension) {
        return ContentDisposition.attachment().filename("disclosure-" + report.unit().address() + "-" + report.year()
                + "." + extension, StandardCharsets.UTF_8).build().toString();
    }

    private static Map<String, Object> row(String base, Locale locale, DisclosureSection.Row row) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", row.id());
        view.put("label", row.label());
        view.put("link", row.link() == null ? null : base + row.link().replaceFirst("^/+", ""));
        view.put("value", row.value(locale));
        return view;
    }
}

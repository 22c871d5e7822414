package org.chungtay.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the portal in Debian's headless Chromium. The browser asks for English pages,
 * as most do, so that tests show the portal still opens in Vietnamese.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    private int port;

    protected WebDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--user-data-dir=" + profile);
        // Keeps the browser's console, so that every journey can see Content-Security-Policy violations.
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        List<String> violations = List.of();
        if (browser != null) {
            screenshot("last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
            violations = consoleMessages(Level.ALL).stream()
                    .filter(message -> message.contains("Content Security Policy")).toList();
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        assertThat(violations).as("Content-Security-Policy violations in the browser's console").isEmpty();
    }

    /**
     * The browser's console messages of at least the level since the last call (reading empties it), e.g.
     * {@code Level.SEVERE} for errors.
     */
    protected List<String> consoleMessages(Level level) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= level.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /**
     * What a link of the page serves, fetched with the browser's session, as a person who follows it would
     * get it (a headless browser cannot show a PDF to look into).
     */
    protected byte[] download(String href) {
        String cookies = browser.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("status of " + href).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a picture of the page for people to look at; tests never compare pictures. */
    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String executable(String variable, String fallback) {
        String given = System.getenv(variable);
        return given == null || given.isBlank() ? fallback : given;
    }
}

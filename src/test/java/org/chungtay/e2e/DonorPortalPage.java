package org.chungtay.e2e;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The donor's way in (the plain sign-in pages) and the donor portal's pages, as a donor uses them on a phone. */
class DonorPortalPage {

    private static final Pattern LINK = Pattern.compile("/donor/sign-in/[A-Za-z0-9_-]{43}");

    private final WebDriver browser;
    private final Vaadin ui;
    private final WebDriverWait wait;

    DonorPortalPage(WebDriver browser) {
        this.browser = browser;
        this.ui = new Vaadin(browser);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** The path of the sign-in link in an email's text. */
    static String linkIn(String mail) {
        Matcher found = LINK.matcher(mail);
        if (!found.find()) {
            throw new AssertionError("No sign-in link in " + mail);
        }
        return found.group().substring(1);
    }

    /** From any public page: the donor sign-in link, the address, the button; returns what the page says then. */
    String askForLink(String email) {
        browser.findElement(By.id("public-donor-sign-in")).click();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("donor-sign-in-email")));
        field.clear();
        field.sendKeys(email);
        browser.findElement(By.id("donor-sign-in-send")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("donor-sign-in-sent"))).getText();
    }

    /** On the page the link opens: the one button, and the donor's home. */
    void continueSigningIn() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("donor-sign-in-continue"))).click();
        ui.await("donor-home-view");
    }

    String invalidLinkMessage() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("donor-sign-in-invalid"))).getText();
    }

    void openPledge(String reference) {
        ui.click("donor-pledge-" + reference);
        ui.await("donor-pledge-view");
    }

    String instalmentState(int number) {
        return ui.await("donor-instalment-" + number + "-state").getDomAttribute("data-state");
    }

    boolean showsQrCode() {
        WebElement qr = ui.await("donor-pledge-qr");
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
    }

    /** The address of a receipt's download link on the page. */
    String receiptHref(String receiptNumber) {
        return ui.await("donor-receipt-" + receiptNumber.replaceAll("[^A-Za-z0-9-]", "-")).getDomAttribute("href");
    }

    void openTab(String id) {
        ui.click(id);
    }

    /** On "where it went": follows the first line of the payments that leads to a project's page. */
    void followProjectLine() {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".donor-where-project-link")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        ui.await("donor-project-title");
    }

    String text(String id) {
        return ui.text(id);
    }

    void switchLanguage() {
        ui.click("language-switch");
    }

    void signOut() {
        ui.click("donor-sign-out");
    }

    boolean fitsTheWindow() {
        return Boolean.FALSE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;"));
    }
}

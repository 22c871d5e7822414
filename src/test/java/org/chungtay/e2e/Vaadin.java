package org.chungtay.e2e;

import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** How a person types into and picks from Vaadin's components, for the page objects. */
final class Vaadin {

    private final WebDriver browser;
    private final WebDriverWait wait;

    Vaadin(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    WebElement await(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void type(String fieldId, String text) {
        WebElement input = await(fieldId).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Clicks the element, brought to the middle of its scrolling area first, as a person scrolls to it. An element
     * that the page renders anew in between (a grid's row after its list was refreshed) is found again.
     */
    void click(String id) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(driver);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /** Picks an item of a vaadin-select by its visible text (other selects on the page may list it too). */
    void select(String selectId, String itemText) {
        await(selectId).click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + itemText + "']");
        wait.until(driver -> driver.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
    }

    /** Picks the radio button with the visible label in a radio group. */
    void radio(String groupId, String label) {
        await(groupId);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + groupId
                + "']//vaadin-radio-button[.//label[normalize-space(.)='" + label + "']]//label"))).click();
    }

    /** Gives a file to a vaadin-upload, as a person picking it in the file dialog would. */
    void upload(String uploadId, Path file) {
        WebElement upload = await(uploadId);
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const upload = arguments[0];
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));""", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    void tick(String checkboxId) {
        await(checkboxId).findElement(By.cssSelector("input")).click();
    }

    String text(String id) {
        return await(id).getText();
    }

    /** Waits until the element shows the text (Vaadin updates the page after a server round trip). */
    void awaitText(String id, String text) {
        wait.until(ExpectedConditions.textToBe(By.id(id), text));
    }

    /**
     * Types into a combo box to filter it and takes the first match. Other combo boxes of the page keep
     * their items hidden in the page, so the wait is for one that shows.
     */
    void choose(String comboBoxId, String filter) {
        WebElement input = await(comboBoxId).findElement(By.cssSelector("input"));
        input.sendKeys(filter);
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(WebElement::isDisplayed));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    }

    /** Clicks the grid row showing the text. */
    void clickRow(String gridId, String text) {
        await(gridId);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='" + gridId + "']//vaadin-grid-cell-content[normalize-space(.)='" + text + "']"))).click();
    }

    String value(String fieldId) {
        return await(fieldId).findElement(By.cssSelector("input")).getDomProperty("value");
    }

    /** The message shown next to a field once the server has found its value invalid. */
    String errorMessage(String fieldId) {
        WebElement field = await(fieldId);
        wait.until(ignored -> field.getDomAttribute("invalid") != null);
        return field.getDomProperty("errorMessage");
    }

    void awaitGone(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    void awaitRow(String gridId, String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='" + gridId + "']//vaadin-grid-cell-content[normalize-space(.)='" + text + "']")));
    }
}

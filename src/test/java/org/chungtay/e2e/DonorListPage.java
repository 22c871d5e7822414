package org.chungtay.e2e;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The donor list: a search box, a type filter and the grid of donors. */
class DonorListPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    DonorListPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("donor-grid")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#donor-search input")));
    }

    /** Types into the search box as a person does; the grid follows shortly after. */
    DonorListPage search(String text) {
        WebElement input = browser.findElement(By.cssSelector("#donor-search input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        return this;
    }

    /** The donor names in the grid, once they satisfy the condition (the grid loads lazily). */
    List<String> namesWhen(Predicate<List<String>> condition) {
        wait.until(driver -> condition.test(names()));
        return names();
    }

    /** Opens a donor by clicking its name in the grid. */
    void open(String name) {
        browser.findElements(By.cssSelector("#donor-grid .donor-name")).stream()
                .filter(element -> element.isDisplayed() && element.getText().equals(name)).findFirst().orElseThrow()
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("donor-details-view")));
    }

    /** Names in rows that are shown: the grid keeps the cells of rows it no longer shows, hidden. */
    private List<String> names() {
        return browser.findElements(By.cssSelector("#donor-grid .donor-name")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }
}

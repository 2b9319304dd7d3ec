package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.teikit.Integration;

/**
 * A site that {@code teikit build} made from other projects' TEI, in a real browser: full-text
 * search whose pieces load on demand, filters, a register entry and its mentions, a play's
 * characters and their speeches, the table of contents, and footnotes with back-links.
 * Skips when chromium or chromedriver is missing (as {@link EditionBrowserTest} does).
 */
@Integration
class TeiSiteBrowserTest {
    private static final Path SITE = Path.of("target", "browser-tei-site").toAbsolutePath();
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static ChromeDriver driver;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled();
        List<String> args = new ArrayList<>(List.of("build"));
        Fixtures.teiSite().forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--register", Fixtures.siteRegister().toString(), "-o", SITE.toString(), "--quiet", "--force"));
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        org.teikit.cli.Main.run(args.toArray(String[]::new), quiet, quiet);
        assertTrue(Files.isRegularFile(SITE.resolve("index.html")), "the site was built");
        Files.createDirectories(SHOTS);
        browser = HeadlessChromium.start(Duration.ofSeconds(60));
        driver = browser.driver;
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
    }

    private static void open(String page) {
        driver.get(SITE.resolve(page).toUri().toString());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static boolean inView(WebElement e) {
        return (Boolean) js("var r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", e);
    }

    private static List<String> visibleTitles() {
        return driver.findElements(By.cssSelector("#tk-docs tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(tr -> tr.findElement(By.cssSelector("td:nth-child(2) > a")).getText()).toList();
    }

    private static void waitForCount(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("tk-count")).getText().equals(text));
    }

    @Test
    void everyKindOfPageLoadsWithoutConsoleErrors() {
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.html", "persons.html", "places.html", "characters.html", "lantern-play.html",
                "survey-memo.html", "odd-ledger.html", "quill-note.html")) {
            open(page);
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) problems.add(page + ": " + entry.getMessage());
            }
            assertEquals(0L, js("return performance.getEntriesByType('resource').length"), page + " loaded a resource on opening");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void searchFindsAWordOfTheFullTextLoadingOnlyItsPiece() throws IOException {
        open("index.html");
        WebElement search = driver.findElement(By.id("tk-search"));
        // "anzünden" is in the play's last speech only, not in any title or name; typed without its accent.
        search.sendKeys("anzunden");
        waitForCount("1 document match “anzunden”");
        assertEquals(List.of("Die Laterne"), visibleTitles());
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js("return Array.prototype.map.call(document.querySelectorAll('script[src]'), function (s) { return s.src.replace(/^.*\\//, ''); })");
        assertEquals(List.of("words-an.js"), loaded, "only the piece of the words beginning with 'an'");
        shot("tei-index-search");
        search.clear();
        search.sendKeys("Quill boxes");
        waitForCount("1 document match “Quill boxes”");
        assertEquals(List.of("A Note on the Sorting of the Boxes"), visibleTitles());
    }

    @Test
    void filtersByTypeAuthorAndYears() {
        open("index.html");
        new Select(driver.findElement(By.id("tk-type"))).selectByVisibleText("Comedy");
        waitForCount("1 document match the filters");
        assertEquals(List.of("Die Laterne"), visibleTitles());
        new Select(driver.findElement(By.id("tk-type"))).selectByVisibleText("All types");
        new Select(driver.findElement(By.id("tk-author"))).selectByVisibleText("Edna Hollis");
        waitForCount("1 document match the filters");
        assertEquals(List.of("Memorandum on the Archive Survey, May 1961"), visibleTitles());
        new Select(driver.findElement(By.id("tk-author"))).selectByVisibleText("All authors");
        driver.findElement(By.id("tk-from")).sendKeys("1900");
        waitForCount("2 documents match the filters");
        assertEquals(List.of("A Note on the Sorting of the Boxes", "Memorandum on the Archive Survey, May 1961"), visibleTitles());
    }

    @Test
    void aRegisterEntryGroupedByNameLinksToEachMention() {
        open("persons.html");
        List<String> links = driver.findElements(By.cssSelector("#name-person-harold-finch .tk-kwic a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^.*/", "")).toList();
        assertEquals(List.of("survey-memo.html#tk-m-name-person-harold-finch-1", "survey-memo.html#tk-m-name-person-harold-finch-2"), links);
        driver.findElements(By.cssSelector("#name-person-harold-finch .tk-kwic a")).get(1).click();
        WebElement mention = driver.findElement(By.id("tk-m-name-person-harold-finch-2"));
        assertTrue(inView(mention));
        assertEquals("Harold Finch", mention.getText());
        // and back from the mention to the register
        mention.click();
        assertTrue(driver.getCurrentUrl().endsWith("persons.html#name-person-harold-finch"), driver.getCurrentUrl());
    }

    @Test
    void aCharacterLinksToEachOfTheirSpeeches() throws IOException {
        open("characters.html");
        shot("tei-characters");
        driver.findElements(By.cssSelector("[id='lantern-play.cast.greta'] .tk-kwic a")).get(1).click();
        assertTrue(driver.getCurrentUrl().endsWith("lantern-play.html#tk-sp-3"), driver.getCurrentUrl());
        assertTrue(inView(driver.findElement(By.id("tk-sp-3"))));
    }

    @Test
    void theTableOfContentsLeadsToEachSection() {
        open("survey-memo.html");
        driver.findElement(By.linkText("Next steps")).click();
        WebElement heading = driver.findElement(By.xpath("//h3[normalize-space() = 'Next steps'] | //h2[normalize-space() = 'Next steps']"));
        assertTrue(driver.getCurrentUrl().endsWith("#" + heading.getAttribute("id")), driver.getCurrentUrl());
        assertTrue(inView(heading));
    }

    @Test
    void aFootnoteAndItsBackLinkLandWhereTheyShould() {
        open("survey-memo.html");
        WebElement call = driver.findElement(By.cssSelector(".tk-noteref a"));
        String callId = call.getAttribute("id");
        call.click();
        WebElement note = driver.findElement(By.cssSelector(".tk-notelist li"));
        assertTrue(driver.getCurrentUrl().endsWith("#" + note.getAttribute("id")), driver.getCurrentUrl());
        assertTrue(note.getText().contains("three rooms and a cellar"), note.getText());
        note.findElement(By.cssSelector("a.tk-backref")).click();
        String target = driver.getCurrentUrl().replaceFirst("^.*#", "");
        assertTrue(inView(driver.findElement(By.id(target))), "the call is in view again");
        assertTrue(target.equals(callId) || driver.findElement(By.id(target)).findElements(By.cssSelector("a")).size() > 0, target);
    }
}

package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.teikit.Integration;
import org.teikit.io.OutputFiles;

/**
 * The edition in a real browser: Debian's headless Chromium driven through chromedriver.
 * Skips when either is missing; CI installs both. Screenshots go to target/screenshots/.
 */
@Integration
class EditionBrowserTest {
    private static final Path SITE = Path.of("target", "browser-site").toAbsolutePath();
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static final String SEED = "000_692fb7ee3c54d17c";
    private static boolean seedEncoded;
    private static ChromeDriver driver;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled();
        // The seed, encoded by teikit itself, joins the fixture corpus.
        Path seedTei = Files.createTempDirectory("teikit-seed");
        java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
        seedEncoded = org.teikit.cli.Main.run(new String[] {"encode", "seeds", "-o", seedTei.toString()}, quiet, quiet) == 0;
        List<Path> documents = new ArrayList<>(Fixtures.corpus());
        if (seedEncoded) documents.add(seedTei.resolve(SEED + ".xml"));
        CorpusSite.builder(SITE).addAll(documents).build().write();
        OutputFiles.write(SITE.resolve("shape.html"),
                Renderer.get().html(Renderer.get().read(Fixtures.shape()), Reading.NORMALISED).getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(SHOTS);
        browser = HeadlessChromium.start(Duration.ofSeconds(30));
        driver = browser.driver;
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
    }

    @BeforeEach
    void normalisedToStart() {
        open("index.html");
        js("localStorage.clear()");
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

    private static WebElement pop() {
        return driver.findElement(By.id("tk-pop"));
    }

    private static boolean inView(WebElement e) {
        return (Boolean) js("var r = arguments[0].getBoundingClientRect();"
                + "return r.bottom > 0 && r.top < window.innerHeight;", e);
    }

    @Test
    void everyPageLoadsWithoutConsoleErrors() {
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.html", "persons.html", "places.html", "organisations.html",
                "note-1976-pyongyang.html", "telegram-1968-havana.html", "report-1962-peking.html", "shape.html",
                SEED + ".html")) {
            open(page);
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) problems.add(page + ": " + entry.getMessage());
            }
            Object requests = js("return performance.getEntriesByType('resource').length");
            assertEquals(0L, requests, page + " loaded a resource");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void focusingANameShowsItsRegisterEntry() throws IOException {
        open("note-1976-pyongyang.html");
        WebElement kim = driver.findElement(By.id("tk-m-pers-kim-il-sung-1"));
        js("arguments[0].focus()", kim);
        assertTrue(pop().isDisplayed());
        assertTrue(pop().getText().startsWith("Kim Il Sung"), pop().getText());
        assertTrue(pop().getText().contains("Kim II Sung"), pop().getText());
        assertTrue(pop().getText().contains("wikidata.org/wiki/Q39464"), pop().getText());
        assertEquals("tk-pop", kim.getAttribute("aria-describedby"));
        shot("popup-name");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(pop().isDisplayed());
    }

    @Test
    void theKeyboardReachesNamesAndShowsTheirEntry() {
        open("note-1976-pyongyang.html");
        WebElement body = driver.findElement(By.tagName("body"));
        body.click();
        for (int i = 0; i < 40; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if (active.getAttribute("class").contains("tk-mention")) {
                assertTrue(pop().isDisplayed());
                String name = (String) js("return document.getElementById(arguments[0].dataset.entry)"
                        + ".querySelector('.tk-entry-name').textContent", active);
                assertTrue(pop().getText().startsWith(name), pop().getText());
                return;
            }
        }
        throw new AssertionError("no name reached in 40 presses of Tab");
    }

    @Test
    void hoveringADateShowsItsIsoValueAndCertainty() throws IOException {
        open("note-1976-pyongyang.html");
        WebElement autumn = driver.findElements(By.cssSelector(".tk-text .tk-date")).stream()
                .filter(e -> e.getText().equals("the autumn")).findFirst().orElseThrow();
        new Actions(driver).moveToElement(autumn).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> pop().isDisplayed());
        assertEquals("ISO 8601: 1976-09 · certainty: medium · tagged by teikit", pop().getText());
        shot("popup-date");
    }

    @Test
    void theSwitchTogglesTheReadingAndRemembersIt() throws IOException {
        open("note-1976-pyongyang.html");
        WebElement kim = driver.findElement(By.id("tk-m-pers-kim-il-sung-1"));
        assertEquals("Kim Il Sung", kim.getText());
        String before = driver.findElement(By.cssSelector(".tk-text p.tei-p")).getText();
        assertTrue(before.contains("At the start of the meeting, Sorokin: said"), before);
        shot("edition-normalised");

        driver.findElement(By.cssSelector("button[data-reading=diplomatic]")).click();
        assertEquals("Kim II Sung", kim.getText());
        assertEquals("true", driver.findElement(By.cssSelector("button[data-reading=diplomatic]")).getAttribute("aria-pressed"));
        String first = driver.findElement(By.cssSelector(".tk-text p.tei-p")).getText();
        assertTrue(first.contains("At the start [of the meeting], [Sorokin:] said"), first);
        shot("edition-diplomatic");

        open("shape.html");
        assertEquals("diplomatic", js("return document.documentElement.dataset.reading"), "remembered across pages");
        assertTrue(driver.findElement(By.id("tk-m-pers-kim-il-sung-1")).getText().equals("Kim II Sung"));

        driver.findElement(By.cssSelector("button[data-reading=normalised]")).click();
        assertEquals("Kim Il Sung", driver.findElement(By.id("tk-m-pers-kim-il-sung-1")).getText());
    }

    @Test
    void theSwitchTogglesKimIISungInTheEncodedSeed() throws IOException {
        assertTrue(seedEncoded, "teikit encode seeds failed");
        open(SEED + ".html");
        WebElement kim = driver.findElements(By.cssSelector("[data-entry=pers-kim-il-sung]")).stream()
                .filter(e -> e.findElements(By.cssSelector(".tk-choice")).size() > 0).findFirst().orElseThrow();
        assertEquals("Kim Il Sung", kim.getText());
        shot("seed-normalised");
        driver.findElement(By.cssSelector("button[data-reading=diplomatic]")).click();
        assertEquals("Kim II Sung", kim.getText());
        new Actions(driver).moveToElement(kim).perform();
        assertTrue(pop().getText().startsWith("Kim Il Sung"), pop().getText());
        shot("seed-diplomatic");
    }

    @Test
    void footnoteLinkAndBackLinkLandWhereTheyShould() {
        open("note-1976-pyongyang.html");
        WebElement call = driver.findElement(By.id("fnref-2"));
        call.click();
        assertTrue(driver.getCurrentUrl().endsWith("#fn-2"), driver.getCurrentUrl());
        WebElement note = driver.findElement(By.id("fn-2"));
        assertTrue(inView(note), "note 2 scrolled into view");
        assertTrue(note.getText().startsWith("[2] See the report of 2 April 1976."), note.getText());

        note.findElement(By.cssSelector("a.tk-backref")).click();
        assertTrue(driver.getCurrentUrl().endsWith("#fnref-2"), driver.getCurrentUrl());
        assertTrue(inView(driver.findElement(By.id("fnref-2"))), "the call scrolled back into view");
    }

    @Test
    void aRegisterEntryLinksToEachMention() throws IOException {
        open("places.html");
        shot("register-places");
        List<String> links = driver.findElements(By.cssSelector("#place-moscow .tk-kwic a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(links.size() >= 4, links.toString());
        for (String link : links) {
            driver.get(link);
            String anchor = link.substring(link.indexOf('#') + 1);
            WebElement mention = driver.findElement(By.id(anchor));
            assertTrue(mention.getText().contains("Moscow"), mention.getText());
            assertTrue(inView(mention), link);
        }
        open("persons.html");
        shot("register-persons");
    }

    @Test
    void theSearchBoxFiltersTheIndex() throws IOException {
        open("index.html");
        shot("index");
        WebElement search = driver.findElement(By.id("tk-search"));
        search.sendKeys("havana");
        assertEquals(List.of("Telegram from the GDR Embassy in Cuba on the Talks in Moscow"), visibleTitles());
        assertEquals("1 document match “havana”", driver.findElement(By.id("tk-count")).getText());
        shot("index-search");

        search.clear();
        search.sendKeys("sorokin");
        assertEquals(1, visibleTitles().size(), "names are searched too");

        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertEquals(driver.findElements(By.cssSelector("#tk-docs tbody tr")).size(), visibleTitles().size());
    }

    @Test
    void theIndexSortsByTitleAndDate() {
        open("index.html");
        driver.findElement(By.cssSelector("button[data-sort=title]")).click();
        List<String> byTitle = visibleTitles();
        List<String> sorted = new ArrayList<>(byTitle);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, byTitle);
        driver.findElement(By.cssSelector("button[data-sort=sort]")).click();
        driver.findElement(By.cssSelector("button[data-sort=sort]")).click();
        List<String> newestFirst = visibleTitles();
        assertTrue(newestFirst.indexOf("Report of the Embassy in Peking on Trade in 1962") == newestFirst.size() - 1,
                "oldest last: " + newestFirst);
    }

    @Test
    void theSwitchAppearsOnlyWhenTheScriptRuns() {
        String raw = Fixtures.string(SITE.resolve("note-1976-pyongyang.html"));
        assertTrue(raw.contains("<div class=\"tk-toolbar\" hidden"), "without the script the page hides the switch");
        open("note-1976-pyongyang.html");
        assertTrue(driver.findElement(By.cssSelector(".tk-toolbar")).isDisplayed());
    }

    private static List<String> visibleTitles() {
        return driver.findElements(By.cssSelector("#tk-docs tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .map(tr -> tr.findElement(By.cssSelector("td:nth-child(2) > a")).getText())
                .toList();
    }
}

package org.cruxmap.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The viewer in Debian's headless Chromium against the real server on port 0, over the small test
 * map plus a crux whose words are markup. One browser for the class; each test saves a screenshot
 * under target/screenshots and fails on any error in the browser console.
 */
class ViewerTest {
    static ViewerServer server;
    static Browser browser;
    /** Console lines a test expects (for instance the 404 of a node that does not exist). */
    final List<String> expectedConsole = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed (CI installs them)");
        }
        server = new ViewerServer("/api/small-map.ttl", "/web/xss-map.ttl");
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void fresh() {
        browser.size(1280, 900);
        browser.driver.get(server.url("#/"));
        browser.waitFor("h1");
        browser.consoleErrors();
    }

    @AfterEach
    void screenshotAndConsole(TestInfo info) throws Exception {
        browser.screenshot(info.getTestMethod().orElseThrow().getName());
        List<String> errors = browser.consoleErrors().stream()
                .filter(e -> expectedConsole.stream().noneMatch(e::contains))
                .toList();
        assertEquals(List.of(), errors, "errors in the browser console");
    }

    private void open(String hash) {
        browser.driver.get(server.url(hash));
    }

    private String text(String css) { return browser.waitFor(css).getText(); }

    @Test
    void aSearchShowsHighlightedResultsWithTypeBadgesAndOpensTheChosenNode() {
        WebElement box = browser.waitFor("#q-home");
        box.sendKeys("needs", Keys.ENTER);
        browser.waitFor(".hits .hit");
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/search?q=needs"), browser.driver.getCurrentUrl());
        WebElement first = browser.all(".hits .hit").get(0);
        assertEquals("CLAIM", first.findElement(By.cssSelector(".badge")).getText());
        assertEquals("Planning needs coherence", first.findElement(By.cssSelector("a.hit-link")).getText());
        assertFalse(first.findElements(By.cssSelector(".snippet mark, a.hit-link mark")).isEmpty(), "the match is highlighted");
        assertTrue(first.findElements(By.cssSelector(".snippet")).stream().noneMatch(e -> e.getText().equals("Planning needs coherence")),
                "the title is not repeated as its own snippet");
        assertFalse(browser.all(".facets .facet").isEmpty(), "facet filters are offered");
        first.findElement(By.cssSelector("a.hit-link")).click();
        assertEquals("Planning needs coherence", text(".view-node h1"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/node/statement/planning"));
    }

    @Test
    void aMisspelledSearchShowsTheCloseSpellingsAndSaysSo() {
        open("#/search?q=plannng%20neds");
        browser.waitFor(".hits .hit");
        assertEquals("Planning needs coherence", browser.all(".hits .hit").get(0).findElement(By.cssSelector("a.hit-link")).getText());
        assertTrue(text(".count").contains("close spellings"), text(".count"));
    }

    @Test
    void suggestionsAppearAsYouTypeAndTheKeyboardPicksOne() {
        WebElement box = browser.waitFor("#quick-q");
        box.sendKeys("scale");
        browser.waitFor("#quick-list .suggestion");
        assertEquals("true", box.getAttribute("aria-expanded"));
        box.sendKeys(Keys.ARROW_DOWN);
        String active = box.getAttribute("aria-activedescendant");
        assertEquals("true", browser.driver.findElement(By.id(active)).getAttribute("aria-selected"));
        box.sendKeys(Keys.ENTER);
        assertEquals("Scale brings coherence", text(".view-node h1"));
    }

    @Test
    void aNodePageShowsItsQuoteInsideTheSourceTextItsPeopleAndItsRelationsByKind() {
        open("#/node/statement/planning");
        assertEquals("Planning needs coherence", text(".view-node h1"));
        assertEquals("Good planners look coherent from outside.", text(".node-text"));
        WebElement quote = browser.waitFor("figure.quote blockquote");
        assertEquals("Agents that plan well look coherent.", quote.findElement(By.tagName("mark")).getText());
        assertTrue(quote.getText().contains("Scale is beside the point."), "the quote is shown with the text around it");
        assertTrue(text(".people").contains("Ann") && text(".people").contains("Bob"));
        assertEquals("Supports", browser.waitFor(".relgroup.dir-out h3").getText().replaceAll("\\s*\\d+$", ""));
        assertTrue(browser.waitFor(".relgroup.dir-out").getText().contains("Capable AI will be coherent"));
        browser.driver.findElement(By.linkText("Show in graph")).click();
        browser.waitUntil("the graph is drawn", () -> browser.all(".node-list li").size() > 0);
        assertTrue(browser.driver.getCurrentUrl().contains("#/graph/statement/planning"));
    }

    @Test
    void theGraphPutsConclusionsAboveWhatBearsOnThemAndExpandsAndCollapsesNeighbours() {
        open("#/graph/statement/worldview?depth=1");
        waitForGraph();
        Set<String> before = graphNodes();
        assertTrue(before.containsAll(Set.of("statement/worldview", "statement/planning", "statement/scaling")), before.toString());
        assertFalse(before.contains("statement/far"), "far is two steps away");
        double top = y("statement/worldview");
        assertTrue(top < y("statement/scaling") && top < y("statement/planning"), "the conclusion is drawn above its attacker and supporter");
        assertFalse(browser.all(".legend li").isEmpty(), "a legend explains the styles");

        browser.driver.findElement(By.cssSelector("details.list summary")).click();
        browser.driver.findElement(By.cssSelector(".node-list button[data-id='statement/scaling']")).click();
        assertEquals("Scale brings coherence", text(".graph-panel h2"));
        browser.waitFor(".graph-panel button.expand").click();
        browser.waitUntil("expanding adds the neighbours of scaling", () -> graphNodes().contains("statement/far"));
        assertTrue(graphNodes().containsAll(Set.of("statement/route", "statement/hotmess")));
        assertTrue(browser.driver.getCurrentUrl().contains("x=statement%2Fscaling") || browser.driver.getCurrentUrl().contains("x=statement/scaling"),
                "the expansion is in the permalink: " + browser.driver.getCurrentUrl());
        browser.waitFor(".graph-panel button.collapse").click();
        browser.waitUntil("collapsing hides what hangs only on scaling", () -> !graphNodes().contains("statement/far"));
        assertTrue(graphNodes().contains("statement/worldview"));
    }

    @Test
    void aPermalinkReloadsTheSameViewAndBackAndForwardWalkTheHistory() {
        open("#/graph/statement/scaling?depth=1&sel=statement/hotmess");
        waitForGraph();
        Set<String> first = graphNodes();
        assertEquals("Incoherence rises with task length", text(".graph-panel h2"));
        browser.driver.navigate().refresh();
        waitForGraph();
        assertEquals(first, graphNodes(), "a reload draws the same graph");
        assertEquals("Incoherence rises with task length", text(".graph-panel h2"), "and selects the same node");

        browser.driver.findElement(By.cssSelector("nav a[data-nav='cruxes']")).click();
        browser.waitFor(".crux-card");
        browser.driver.navigate().back();
        waitForGraph();
        assertEquals(first, graphNodes());
        browser.driver.navigate().forward();
        assertEquals("Cruxes", text(".view-cruxes h1"));
    }

    @Test
    void theCruxesViewSaysForWhomACruxIsAndIsNotACruxAndShowsTheEvidence() {
        open("#/cruxes");
        browser.waitFor(".crux-card");
        WebElement card = browser.all(".crux-card").stream()
                .filter(c -> c.findElement(By.tagName("h2")).getText().startsWith("How coherence emerges")).findFirst().orElseThrow();
        assertTrue(card.findElement(By.cssSelector(".is-crux")).getText().contains("Bob"));
        assertTrue(card.findElement(By.cssSelector(".is-crux")).getText().contains("Scale brings coherence"));
        WebElement not = card.findElement(By.cssSelector("section.not-crux"));
        assertTrue(not.getText().contains("Ann") && not.getText().contains("Capable AI will be coherent"), not.getText());
        assertTrue(card.findElement(By.cssSelector(".side.con")).getText().contains("Incoherence rises with task length"));
        WebElement filter = browser.waitFor("#crux-filter");
        filter.sendKeys("nothing-like-this");
        browser.waitUntil("the filter hides every crux", () -> browser.all(".crux-card").isEmpty());
    }

    @Test
    void theSourceViewMarksEveryAnchoredQuoteAndLinksItToItsStatement() {
        open("#/source/source/note");
        assertEquals("A note on coherence", text(".view-source h1"));
        WebElement mark = browser.waitFor(".fulltext mark.quote-span");
        assertEquals("Agents that plan well look coherent.", mark.getText());
        assertTrue(text(".fulltext").endsWith("Scale is beside the point."));
        mark.findElement(By.tagName("a")).click();
        assertEquals("Planning needs coherence", text(".view-node h1"));
    }

    @Test
    void aSparqlQueryShowsATableWhoseIrisLinkToNodePages() {
        open("#/sparql");
        WebElement editor = browser.waitFor("#sparql-query");
        editor.clear();
        editor.sendKeys("PREFIX cm: <https://w3id.org/cruxmap/ns#> SELECT ?s WHERE { ?s a cm:Crux } ORDER BY ?s");
        browser.driver.findElement(By.cssSelector(".sparql-form button[type=submit]")).click();
        browser.waitFor(".results-table tbody tr");
        List<String> links = browser.all(".results-table tbody a").stream().map(WebElement::getText).toList();
        assertEquals(List.of("statement/route", "statement/xss"), links);
        assertTrue(browser.driver.getCurrentUrl().contains("#/sparql?query="), "the query is in the permalink");
        editor = browser.waitFor("#sparql-query");
        editor.clear();
        editor.sendKeys("SELECT ?s WHERE {\n  ?s ?p \n}");
        browser.driver.findElement(By.cssSelector(".sparql-form button[type=submit]")).click();
        assertTrue(text(".sparql-out .error").contains("Line "), "a syntax error names its line");
        expectedConsole.add("/sparql");
    }

    @Test
    void aStatementWhoseWordsAreMarkupIsShownAsTextAndRunsNothing() {
        String payload = "<img src=x onerror=\"window.__xss=1\">";
        open("#/node/statement/xss");
        assertEquals(payload, text(".view-node h1"));
        assertTrue(text(".node-text").contains("<script>window.__xss=2</script>"));
        open("#/cruxes");
        browser.waitUntil("the crux is listed", () -> browser.all(".crux-card h2").stream().anyMatch(e -> e.getText().startsWith(payload)));
        open("#/search?q=img");
        browser.waitFor(".hits .hit");
        assertEquals(payload, browser.all(".hits .hit a.hit-link").get(0).getText());
        open("#/graph/statement/xss?depth=1");
        waitForGraph();
        assertEquals(payload, text(".graph-panel h2"));
        assertNull(browser.js("return window.__xss;"), "no script from the data ran");
        assertEquals(0L, browser.js("return document.querySelectorAll('img, script:not([src])').length;"), "no element was made from the data");
    }

    @Test
    void anUnknownNodeSaysSoAndTheViewerFitsA375PixelScreen() throws Exception {
        browser.size(375, 800);
        open("#/node/statement/not-in-the-map");
        assertTrue(text(".state.error").toLowerCase().contains("no node with id statement/not-in-the-map"), text(".state.error"));
        expectedConsole.add("statement/not-in-the-map");
        open("#/node/statement/planning");
        browser.waitFor("figure.quote");
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scrolling at 375 px");
        browser.screenshot("node-at-375px");
        open("#/graph/statement/scaling");
        waitForGraph();
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"), "the graph view fits too");
    }

    @Test
    void whenTheServerStopsTheViewSaysItCouldNotBeReached() throws Exception {
        String url;
        try (ViewerServer gone = new ViewerServer("/api/small-map.ttl")) {
            url = gone.url("#/cruxes");
            browser.driver.get(url);
            browser.waitFor(".crux-card");
        }
        browser.js("location.hash = '#/node/statement/planning';");
        assertTrue(text(".state.error").contains("could not be reached"), text(".state.error"));
        expectedConsole.add("ERR_CONNECTION_REFUSED");
    }

    private void waitForGraph() { browser.waitForGraph(); }

    private Set<String> graphNodes() { return browser.graphNodes(); }

    private double y(String id) {
        return ((Number) browser.js("return window.__cruxmapGraph.getElementById(arguments[0]).position('y');", id)).doubleValue();
    }
}

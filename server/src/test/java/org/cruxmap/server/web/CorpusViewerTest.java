package org.cruxmap.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The viewer over the bundled coherence-and-agency corpus, as {@code serve} loads it: search, a
 * claim and its quote, the person and double-crux views, acceptability in the graph and crux
 * impact. Screenshots go to target/screenshots/corpus-*; any browser console error fails a test.
 */
class CorpusViewerTest {
    static final String SEED = "person/seed-author";
    static final String JASCHA = "person/jascha-sohl-dickstein";
    static final String ROUTE_CRUX = "Does the route to coherence change the risk?";
    static ViewerServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed (CI installs them)");
        }
        server = new ViewerServer(true);
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
        browser.screenshot("corpus-" + info.getTestMethod().orElseThrow().getName());
        assertEquals(List.of(), browser.consoleErrors(), "errors in the browser console");
    }

    private void open(String hash) { browser.driver.get(server.url(hash)); }

    private String text(String css) { return browser.waitFor(css).getText(); }

    private List<String> texts(String css) { return browser.all(css).stream().map(WebElement::getText).toList(); }

    @Test
    void thePersonFilterNamesPeopleAndAFilterGivenAsAnIdIsTheOneShownChosen() {
        open("#/search?q=hot%20mess&holder=" + SEED);
        browser.waitFor(".hits .hit");
        List<String> people = texts(".facet-group:has(h2) .facet-label").stream().toList();
        assertTrue(people.stream().anyMatch(t -> t.startsWith("Unidentified LessWrong commenter")), people.toString());
        assertFalse(people.contains("seed-author"), "a key, not a name: " + people);
        assertEquals(1, browser.all(".facet[aria-pressed='true']").size(), "one chosen entry, not a stuck twin");
        open("#/person/elliott-thornley");
        assertEquals("Elliott Thornley", text(".view-person h1"));
    }

    @Test
    void aFilterNoNodeCarriesSaysSoAndOffersToSearchWithoutIt() {
        open("#/search?q=coherence&holder=Rohin%20Shah");
        browser.waitFor(".clear-filter");
        String shown = text(".results");
        assertTrue(shown.contains("did you mean rohin-shah?"), shown);
        browser.waitFor(".clear-filter").click();
        browser.waitFor(".hits .hit");
        assertFalse(browser.js("return location.hash;").toString().contains("holder"), "the filter is gone from the address");
        List<String> logged = browser.consoleErrors(); // the browser logs the refused request itself, and only it
        assertTrue(!logged.isEmpty() && logged.stream().allMatch(l -> l.contains("/api/search") && l.contains("400")), logged.toString());
    }

    @Test
    void aSourceWhoseTextIsNotStoredListsTheStatementsThatCiteIt() {
        open("#/source/thornley-2023");
        browser.waitFor(".view-source .cited-by li");
        assertTrue(texts(".view-source .cited-by li").stream().anyMatch(t -> t.contains("There are no coherence theorems")),
                texts(".view-source .cited-by li").toString());
    }

    @Test
    void aHalfRememberedPhraseFindsTheVarianceCruxFirst() {
        browser.waitFor("#q-home").sendKeys("variance bias", Keys.ENTER);
        browser.waitFor(".hits .hit");
        WebElement first = browser.all(".hits .hit").get(0);
        assertEquals("CRUX", first.findElement(By.cssSelector(".badge")).getText());
        assertEquals("Does the variance share measure alignment-relevant coherence?", first.findElement(By.cssSelector("a.hit-link")).getText());
    }

    @Test
    void aHoldersNameOnAClaimOpensTheirPosition() {
        open("#/node/statement/a-country-of-geniuses-must-pursue-long-horizon-goals-coherently");
        browser.waitFor("figure.quote mark");
        WebElement holder = browser.waitFor(".people a[href='#/person/person/seed-author']");
        holder.click();
        assertEquals("Unidentified LessWrong commenter", text(".view-person h1"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/person/person/seed-author"), browser.driver.getCurrentUrl());
    }

    @Test
    void thePersonViewShowsHoldingsWithLabelsCruxesTheExplicitNonCruxAndWritings() throws Exception {
        open("#/person/" + SEED);
        browser.waitFor(".view-person section.holds li");
        JsonNode pos = server.getJson("/api/positions/" + SEED);
        assertEquals(pos.get("holds").size(), browser.all("section.holds li").size(), "one line per statement held");
        assertEquals(pos.get("holds").size(), browser.all("section.holds li .acc").size(), "each with its grounded label");
        assertTrue(text(".view-person .acc-key").contains("✓ in: survives its attacks"), "the marks are explained on the page");
        String firstHeld = pos.get("holds").get(0).get("statement").get("label").asText();
        assertTrue(text("section.holds li").contains(firstHeld), text("section.holds li"));
        List<String> cruxes = texts("section.cruxes li");
        assertEquals(pos.get("cruxes").size(), cruxes.size());
        assertTrue(cruxes.stream().noneMatch(c -> c.contains(ROUTE_CRUX)), "the seed author's non-crux is never shown as their crux: " + cruxes);
        List<String> not = texts("section.not-cruxes li");
        assertFalse(not.isEmpty());
        assertTrue(not.stream().allMatch(c -> c.contains(ROUTE_CRUX) && c.contains("is NOT a crux for their belief")), not.toString());
        assertEquals(1, browser.all("section.wrote li").size(), "the seed comment");
    }

    @Test
    void comparingTwoPeopleShowsTheirDoubleCruxesAndWhereTheyDiffer() throws Exception {
        open("#/person/" + SEED);
        WebElement select = browser.waitFor("#compare-with");
        browser.waitUntil("the people are listed", () -> select.findElements(By.cssSelector("option[value='" + JASCHA + "']")).size() == 1);
        new Select(select).selectByValue(JASCHA);
        browser.driver.findElement(By.cssSelector("form.compare button[type=submit]")).click();
        browser.waitFor(".dc-double");
        assertTrue(browser.driver.getCurrentUrl().contains("#/double-crux?a=person%2Fseed-author&b=person%2Fjascha-sohl-dickstein"),
                browser.driver.getCurrentUrl());
        JsonNode dc = server.getJson("/api/double-crux?a=" + SEED + "&b=" + JASCHA);
        List<String> doubles = texts(".dc-item h3");
        List<String> expected = new ArrayList<>();
        dc.get("doubleCruxes").forEach(x -> expected.add(x.get("crux").get("label").asText()));
        assertFalse(expected.isEmpty());
        assertEquals(expected.stream().map(l -> "CRUX " + l).toList(), doubles.stream().map(d -> d.replaceAll("\\s+(UNVERIFIED|SECONDARY|VERIFIED)$", "")).toList());
        assertTrue(doubles.stream().noneMatch(d -> d.contains(ROUTE_CRUX)), "a crux the seed author denies is no double crux: " + doubles);
        assertEquals(dc.get("disagreements").size(), browser.all(".dc-table tbody tr").size(), "one row per statement where they differ");
        browser.driver.navigate().refresh();
        browser.waitUntil("the reloaded comparison is drawn", () -> texts(".dc-item h3").size() == doubles.size());
        assertEquals(doubles, texts(".dc-item h3"), "the permalink reloads the same comparison");
        assertEquals(dc.get("a").get("label").asText(),
                new Select(browser.waitFor("#dc-a")).getFirstSelectedOption().getText());
    }

    @Test
    void theAcceptabilityToggleOutlinesEveryStatementByItsGroundedLabelAndExplainsIt() throws Exception {
        open("#/graph");
        browser.waitForGraph();
        assertEquals(0L, browser.js("return window.__cruxmapGraph.nodes('.acc-in, .acc-out, .acc-undec').length;"));
        browser.driver.findElement(By.id("graph-acc")).click();
        browser.waitUntil("labels are applied", () -> browser.all(".acc-summary").stream().anyMatch(e -> e.getText().startsWith("Grounded")));
        JsonNode labels = server.getJson("/api/semantics?semantics=grounded").get("labels");
        Map<String, String> want = new TreeMap<>();
        for (String id : browser.graphNodes()) if (labels.has(id)) want.put(id, labels.get(id).asText());
        @SuppressWarnings("unchecked")
        Map<String, Object> got = new TreeMap<>((Map<String, Object>) browser.js(
                "const m = {}; window.__cruxmapGraph.nodes().forEach(n => { for (const l of ['in','out','undec']) if (n.hasClass('acc-' + l)) m[n.id()] = l; }); return m;"));
        assertEquals(want, got, "every labelled node carries its label's outline, and only those");
        assertTrue(want.containsValue("out"), "the corpus has statements that are out");
        assertTrue(browser.driver.getCurrentUrl().contains("acc=grounded"), "the toggle is in the permalink");
        assertEquals(3, browser.all(".acc-legend li").size(), "the legend names in, out and undecided");
        browser.screenshot("corpus-graph-acceptability");
        browser.driver.navigate().refresh();
        browser.waitForGraph();
        browser.waitUntil("a reload keeps the outlines", () -> ((Number) browser.js("return window.__cruxmapGraph.nodes('.acc-out').length;")).intValue() > 0);
        browser.driver.findElement(By.id("graph-acc")).click();
        assertEquals(0L, browser.js("return window.__cruxmapGraph.nodes('.acc-in, .acc-out, .acc-undec').length;"));
    }

    @Test
    void labelsOfTheWholeMapFitZoomedOutStayReadableAndReturnToTheirSizeZoomedIn() throws Exception {
        open("#/graph");
        browser.waitForGraph();
        String onScreen = "const cy = window.__cruxmapGraph; return [cy.zoom(), parseFloat(cy.nodes()[0].style('font-size')), cy.nodes().length];";
        List<?> fit = (List<?>) browser.js(onScreen);
        double zoom = ((Number) fit.get(0)).doubleValue();
        double font = ((Number) fit.get(1)).doubleValue();
        assertTrue(((Number) fit.get(2)).intValue() <= 250, "the corpus is drawn as a small map, labels on");
        assertTrue(zoom < 1, "the whole corpus is fit zoomed out: " + zoom);
        assertEquals(Math.min(22, 11 / zoom), font, 0.01, "11 px on screen, or twice the size when that is not enough");
        browser.js("window.__cruxmapGraph.zoom(2);");
        browser.waitUntil("labels back to their size", () -> ((Number) ((List<?>) browser.js(onScreen)).get(1)).doubleValue() == 11);
        open("#/graph/statement/there-are-no-coherence-theorems?depth=2");
        browser.waitForGraph();
        List<?> around = (List<?>) browser.js(onScreen);
        double shown = ((Number) around.get(0)).doubleValue() * ((Number) around.get(1)).doubleValue();
        assertTrue(shown >= 10.99, "a neighbourhood of " + around.get(2) + " nodes reads at its first fit: " + around);
    }

    @Test
    void aPngExportDrawsLabelsAtTheirOwnSizeHoweverFarTheMapIsZoomedOut() throws Exception {
        open("#/graph");
        browser.waitForGraph();
        browser.js("window.__pngs = []; const make = URL.createObjectURL;"
                + "URL.createObjectURL = b => { if (b.type === 'image/png') window.__pngs.push(b); return make.call(URL, b); };");
        String font = "return parseFloat(window.__cruxmapGraph.nodes()[0].style('font-size'));";
        double grown = ((Number) browser.js(font)).doubleValue();
        assertTrue(grown > 11, "fit zoomed out, the labels on screen are grown: " + grown);
        browser.driver.findElement(By.xpath("//button[text()='PNG']")).click();
        browser.waitUntil("the first export", () -> ((Number) browser.js("return window.__pngs.length;")).intValue() == 1);
        assertEquals(grown, ((Number) browser.js(font)).doubleValue(), 0.001, "the screen's labels stay grown after the export");
        browser.js("window.__cruxmapGraph.zoom(2);");
        browser.waitUntil("labels back to their size", () -> ((Number) browser.js(font)).doubleValue() == 11);
        browser.driver.findElement(By.xpath("//button[text()='PNG']")).click();
        browser.waitUntil("the second export", () -> ((Number) browser.js("return window.__pngs.length;")).intValue() == 2);
        @SuppressWarnings("unchecked")
        List<Object> images = (List<Object>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all(window.__pngs.map(b => b.arrayBuffer().then(a => {
                  const bytes = new Uint8Array(a), view = new DataView(a);
                  let hash = 0;
                  for (const x of bytes) hash = (hash * 31 + x) | 0;
                  return [view.getUint32(16), view.getUint32(20), bytes.length, hash];
                }))).then(done);
                """);
        assertEquals(images.get(1), images.get(0), "zoomed out or in, the whole map exports as the same image (width, height, bytes, hash)");
    }

    @Test
    void theSvgExportRingsEachStatementByItsGroundedLabelAsTheCanvasDoes() throws Exception {
        open("#/graph?acc=grounded");
        browser.waitForGraph();
        browser.waitUntil("labels are applied", () -> browser.all(".acc-summary").stream().anyMatch(e -> e.getText().startsWith("Grounded")));
        browser.js("window.__svg = null; const make = URL.createObjectURL;"
                + "URL.createObjectURL = b => { if (b.type === 'image/svg+xml') window.__svg = b; return make.call(URL, b); };");
        browser.driver.findElement(By.xpath("//button[text()='SVG']")).click();
        @SuppressWarnings("unchecked")
        Map<String, Object> got = (Map<String, Object>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const wait = () => window.__svg ? window.__svg.text().then(t => {
                  const svg = new DOMParser().parseFromString(t, 'image/svg+xml');
                  const count = sel => svg.querySelectorAll(sel).length;
                  const cy = window.__cruxmapGraph;
                  done({parsed: count('parsererror') === 0, nodes: count('g.node'), drawn: cy.nodes().length,
                    rings: ['in', 'out', 'undec'].map(l => count('g.node > g.acc-ring.acc-' + l)),
                    labelled: ['in', 'out', 'undec'].map(l => cy.nodes('.acc-' + l).length),
                    doubleLines: count('g.acc-ring.acc-in > *'), dashed: count('g.acc-ring.acc-out > [stroke-dasharray]'),
                    outFaded: count('g.node:has(> g.acc-ring.acc-out) > [fill-opacity="0.55"]')});
                }) : setTimeout(wait, 50);
                wait();
                """);
        assertEquals(Boolean.TRUE, got.get("parsed"), "the export is well-formed SVG");
        assertEquals(got.get("drawn"), got.get("nodes"), "every node on the canvas is in the file");
        assertEquals(got.get("labelled"), got.get("rings"), "one ring per labelled node, by label: in, out, undecided");
        List<?> rings = (List<?>) got.get("rings");
        assertTrue(((Number) rings.get(1)).intValue() > 0, "the corpus has statements that are out");
        assertEquals(2 * ((Number) rings.get(0)).longValue(), ((Number) got.get("doubleLines")).longValue(), "an accepted node's ring is a double line");
        assertEquals(rings.get(1), got.get("dashed"), "a rejected node's ring is dashed");
        assertEquals(rings.get(1), got.get("outFaded"), "and the rejected node is faded, as on the canvas");
    }

    @Test
    void theCruxesViewShowsEachCruxsImpactAndSortsByIt() throws Exception {
        open("#/cruxes");
        browser.waitFor(".crux-card");
        new Select(browser.waitFor("#crux-sort")).selectByValue("impact");
        browser.waitUntil("the order is in the address", () -> browser.driver.getCurrentUrl().contains("sort=impact"));
        browser.waitFor(".crux-card");
        JsonNode cruxes = server.getJson("/api/cruxes?sort=impact").get("cruxes");
        List<String> titles = texts(".crux-card h2");
        assertEquals(cruxes.size(), titles.size());
        List<String> impacts = texts(".crux-card .impact");
        for (int i = 0; i < cruxes.size(); i++) {
            JsonNode c = cruxes.get(i);
            assertTrue(titles.get(i).startsWith(c.get("crux").get("label").asText()), titles.get(i));
            String want = c.get("impact").isNull() ? "Impact: not worked out yet" : "Impact: " + c.get("impact").asInt();
            assertTrue(impacts.get(i).startsWith(want), impacts.get(i) + " / " + want);
        }
        WebElement route = browser.all(".crux-card").stream()
                .filter(c -> c.findElement(By.tagName("h2")).getText().startsWith(ROUTE_CRUX)).findFirst().orElseThrow();
        // what the crux decides: each statement it is a crux for, shown as swung by its own acceptance
        JsonNode routeImpact = null;
        for (JsonNode c : server.getJson("/api/crux-impact").get("cruxes")) if (c.at("/crux/label").asText().equals(ROUTE_CRUX)) routeImpact = c;
        route.findElement(By.cssSelector("details.impact summary")).click();
        List<String> which = route.findElements(By.cssSelector("details.impact li")).stream().map(WebElement::getText).toList();
        assertEquals(routeImpact.get("impact").asInt(), which.size(), which.toString());
        assertTrue(which.size() >= 5, "the four routes and the dynamical-systems claim: " + which);
        for (String line : which) assertTrue(line.contains(", if it is accepted ") && line.contains(", if rejected "), line);
        route.findElement(By.cssSelector("section.not-crux a[href='#/person/person/seed-author']")).click();
        assertEquals("Unidentified LessWrong commenter", text(".view-person h1"));
    }
}

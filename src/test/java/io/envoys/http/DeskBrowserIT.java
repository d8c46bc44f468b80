package io.envoys.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.envoys.support.NodeScript;
import io.envoys.support.ServiceProcess;
import io.envoys.support.TestDatabase;

/**
 * The editors' desk in a real browser against the packaged service (test-tools/graphiql-e2e/desk.mjs: playwright-core
 * driving Debian's headless Chromium): an article of our own pasted, its four quotes marked with their attributions
 * and speakers and its markup shown as text, one speaker changed from the keyboard, the draft confirmed and read back
 * through the API, the meeting opened in GraphiQL from the desk's link, and two tabs confirming one draft, the second
 * told of the conflict with nothing stored; no failed request, no page error, nothing loaded from elsewhere.
 * Screenshots land in target/desk. Runs where Chromium and the pinned driver are installed, as .ci/run makes sure.
 */
@EnabledIf("io.envoys.http.GraphiQLBrowserIT#browserInstalled")
class DeskBrowserIT {

    private static final Path SUITE = Path.of("test-tools", "graphiql-e2e");
    private static final Path ARTICLE = Path.of("src", "test", "resources", "desk", "tokyo-talks.txt").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target", "desk").toAbsolutePath();

    @Test
    void anEditorReviewsAndConfirmsAnArticleOnTheDesk() throws IOException, InterruptedException {
        try (ServiceProcess service = ServiceProcess.start("desk", TestDatabase.fresh("desk").settings())) {
            NodeScript.Result browser = NodeScript.run(SUITE, Duration.ofMinutes(3), "desk.mjs", service.url(),
                    ServiceProcess.EDITOR, ServiceProcess.PASSWORD, ARTICLE.toString(), SCREENSHOTS.toString());
            assertTrue(browser.output().contains("desk e2e: 0 problems"), browser.output());
            assertEquals(0, browser.exitCode(), browser.output());
            for (String shot : new String[] {"01-desk", "02-review", "03-speaker-changed", "04-narrow",
                "05-confirmed", "06-graphiql", "07-conflict"}) {
                assertTrue(Files.size(SCREENSHOTS.resolve(shot + ".png")) > 0, shot);
            }
        }
    }
}

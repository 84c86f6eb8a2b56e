package dev.djakarta.admin;

import dev.djakarta.test.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session for a browser test: the system's browser and chromedriver (given explicitly, so
 * Selenium Manager never looks for, let alone downloads, either), a fresh profile deleted on close, explicit waits
 * and PNG screenshots into {@code target/screenshots/}. Skips the test (fails it under CI) when Chromium is missing.
 */
final class Browser implements AutoCloseable {
    /** Where screenshots go: the module's build output. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("build.directory", "target"), "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.profile = profile;
    }

    /** Starts a browser (or skips the test when Chromium is not installed). */
    static Browser open() throws IOException {
        TestServices.Chromium chromium = TestServices.requireChromium();
        Path profile = Files.createTempDirectory("djakarta-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments(chromium.arguments(profile));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort().build();
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteRecursively(profile);
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url} (returns once the page has loaded). */
    void get(String url) {
        driver.get(url);
    }

    /** The first element matching {@code by}, once it is visible. */
    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element matching {@code by} shows {@code text}; returns it. */
    WebElement awaitText(By by, String text) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "'" + text + "' in " + by + " on " + driver.getCurrentUrl() + ":\n" + bodyText())
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    /** Clicks {@code element} (a link or a submit button) and waits until the browser has left the page. */
    void clickAndWait(WebElement element) {
        element.click();
        wait.until(ExpectedConditions.stalenessOf(element));
    }

    /** Presses Enter in {@code field} (submitting its form) and waits until the browser has left the page. */
    void pressEnterAndWait(WebElement field) {
        field.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(field));
    }

    /** The visible text of the page. */
    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves the window as {@code target/screenshots/<name>.png}; returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page, not only the window, as {@code target/screenshots/<name>.png} (the window grows for it). */
    Path screenshotOfWholePage(String name) {
        Dimension window = driver.manage().window().getSize();
        long page = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        long viewport = (Long) driver.executeScript("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(4000, window.getHeight() - viewport + page)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}

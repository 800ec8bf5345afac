package io.cityservices.examples.menu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven by Debian's chromedriver. Both paths are given, so Selenium
 * Manager has nothing to find and never downloads a browser or a driver. Absent packages fail the
 * tests (CI installs them): a browser test that skips itself would prove nothing.
 */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Chromium() {}

  /** A fresh headless browser with its own profile directory. */
  static ChromeDriver start() {
    for (Path required : new Path[] {BROWSER, DRIVER}) {
      if (!Files.isExecutable(required)) {
        throw new AssertionError(required + " is missing: install Debian's chromium and chromium-driver "
            + "(apt-get install -y chromium chromium-driver; .ci/run does)");
      }
    }
    try {
      Path profile = Files.createTempDirectory("city-services-chromium-");
      ChromeOptions options = new ChromeOptions()
          .setBinary(BROWSER.toFile())
          .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort()
          .withTimeout(Duration.ofSeconds(60))
          .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a screenshot of the current page to {@code target/screenshots/<name>.png}; answers its path. */
  static Path screenshot(ChromeDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.cityservices.examples.menu;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.traffic.TrafficData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox console and the city-services menu in a real (headless) Chromium: one browser and one
 * sandbox for the class, a fresh menu and sandbox state for each test. Screenshots go to
 * {@code target/screenshots/}.
 */
class CityServicesInTheBrowserTest {
  private static CitySandbox sandbox;
  private static ChromeDriver browser;
  private static Citizen citizen;

  private CityServices client;
  private CityServicesMenu menu;
  private WebDriverWait wait;

  @BeforeAll
  static void start() {
    browser = Chromium.start();
    sandbox = CitySandbox.builder().console(true).build().start();
    citizen = sandbox.seed().firstCitizen(CityCode.SHANGHAI);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @BeforeEach
  void freshMenu() {
    sandbox.reset();
    // A new client (its circuit breakers forget the last test's outage) and a new menu (it forgets
    // what the last test paid); the reset sandbox has the fines unpaid again.
    client = CityServices.builder().baseUrl(sandbox.baseUrl()).credentials(sandbox.defaultApp().credentials())
        .defaultCity(CityCode.SHANGHAI).build();
    menu = CityServicesMenu.start(client, 0, citizen.id());
    browser.manage().deleteAllCookies();
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void closeMenu() {
    menu.close();
    client.close();
  }

  @Test
  void consoleListsASeededCitizenWithTheirFinesMasked() {
    openConsole();

    WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".citizen[data-citizen-id='" + citizen.id() + "']")));
    List<WebElement> fines = card.findElements(By.cssSelector("tr[data-kind='fine']"));
    assertThat(fines).isNotEmpty();
    String violationId = fines.get(0).getAttribute("data-record-id");
    assertThat(sandbox.data(TrafficData.class).paymentCount(violationId)).isZero();
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains(citizen.id())
        .doesNotContain(citizen.name().value(), citizen.idNumber().value(), citizen.phone().value());
    Chromium.screenshot(browser, "console");
  }

  @Test
  void departmentUnavailableInTheConsoleShowsOnTheMenusTrafficTile() {
    signIn();
    assertThat(tile("traffic").getAttribute("data-status")).isEqualTo("AVAILABLE");

    openConsole();
    WebElement traffic = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-department='traffic']")));
    traffic.findElement(By.cssSelector("button[data-fault='unavailable']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("tr[data-department='traffic'] td.fault-unavailable"), "unavailable"));
    Chromium.screenshot(browser, "console-traffic-unavailable");

    browser.get(menu.url().toString());
    WebElement tile = tile("traffic");
    assertThat(tile.getAttribute("data-status")).isEqualTo("UNAVAILABLE");
    assertThat(tile.getText()).contains("暂不可用");
    assertThat(tile("utilities").getAttribute("data-status")).isEqualTo("AVAILABLE");
    Chromium.screenshot(browser, "menu-traffic-unavailable");
  }

  @Test
  void signInOverviewAndPayEndWithTheFinePaidInTheSandbox() {
    browser.get(menu.url().toString());
    Chromium.screenshot(browser, "menu-sign-in");
    signIn();
    assertThat(browser.findElements(By.cssSelector("article.tile"))).hasSizeGreaterThanOrEqualTo(7);
    browser.findElement(By.id("language")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "City services"));
    assertThat(tile("traffic").getText()).contains("Traffic", "unpaid fines");
    Chromium.screenshot(browser, "menu-overview-en");

    WebElement fine = browser.findElement(By.cssSelector("li.to-do[data-department='traffic']:has(form.pay)"));
    String violationId = fine.getAttribute("data-reference");
    fine.findElement(By.cssSelector("form.pay button")).click();

    wait.until(ExpectedConditions.attributeToBe(By.id("notice"), "data-notice", "paid"));
    assertThat(sandbox.data(TrafficData.class).paymentCount(violationId)).isEqualTo(1);
    assertThat(browser.findElements(By.cssSelector("li.to-do[data-reference='" + violationId + "']"))).isEmpty();
    Chromium.screenshot(browser, "menu-paid");

    openConsole();
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-record-id='" + violationId + "']"), "data-status", "PAID"));
  }

  @Test
  void aDoubleClickPaysOnce() {
    signIn();
    WebElement fine = browser.findElement(By.cssSelector("li.to-do[data-department='traffic']:has(form.pay)"));
    String violationId = fine.getAttribute("data-reference");

    new Actions(browser).doubleClick(fine.findElement(By.cssSelector("form.pay button"))).perform();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
    assertThat(sandbox.data(TrafficData.class).paymentCount(violationId)).isEqualTo(1);
    assertThat(paymentPosts(violationId)).isEqualTo(1);
  }

  @Test
  void theSameToDoSentTwiceAtOnceIsPaidOnceByTheServer() {
    signIn();
    WebElement bill = browser.findElement(By.cssSelector("li.to-do[data-department='utilities']:has(form.pay)"));
    WebElement fine = browser.findElement(By.cssSelector("li.to-do[data-department='traffic']:has(form.pay)"));
    String violationId = fine.getAttribute("data-reference");
    String key = fine.findElement(By.cssSelector("input[name='todo']")).getAttribute("value");
    assertThat(bill.findElement(By.cssSelector("input[name='todo']")).getAttribute("value")).isNotEqualTo(key);

    // Past the page's own guard: two posts of the same to-do in flight together.
    Object statuses = browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const post = () => fetch('/pay', {method: 'POST', body: new URLSearchParams({todo: arguments[0]})})"
            + "  .then(r => r.url.split('notice=')[1]);"
            + "Promise.all([post(), post()]).then(done);", key);

    assertThat(statuses.toString()).contains("paid");
    assertThat(sandbox.data(TrafficData.class).paymentCount(violationId)).isEqualTo(1);
    assertThat(paymentPosts(violationId)).isEqualTo(1);
  }

  private int paymentPosts(String violationId) {
    return sandbox.requests(postRequestedFor(
        urlPathEqualTo("/v1/cities/310000/traffic/violations/" + violationId + "/payments"))).size();
  }

  private void signIn() {
    browser.get(menu.url().toString());
    WebElement id = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("citizen-id")));
    id.clear();
    id.sendKeys(citizen.id());
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.tile")));
  }

  private WebElement tile(String department) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("article.tile[data-department='" + department + "']")));
  }

  private void openConsole() {
    browser.get(sandbox.consoleUrl().orElseThrow().toString());
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
  }
}

package org.cajaga.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gateway's Swagger UI in Debian's headless chromium, driven through Debian's chromedriver (both
 * given by path, so Selenium Manager downloads nothing). Screenshots of each step go to e2e/target/screenshots.
 */
final class SwaggerUi implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Stack.ROOT.resolve("e2e/target/screenshots");

    private final WebDriver browser;
    private final WebDriverWait wait;

    SwaggerUi() {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--window-size=1400,1800");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    void open(String gateway) {
        browser.get(gateway + "/q/swagger-ui");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        screenshot("01-swagger-ui");
    }

    /** Authorize → authorization code with PKCE in Keycloak's own login page → back, signed in. */
    void signIn(String username, String password) {
        click(By.cssSelector("button.authorize"));
        By flow = By.xpath("//div[contains(@class,'auth-container')]//h4[contains(., 'authorizationCode')]/parent::div");
        WebElement authorizationCode = wait.until(ExpectedConditions.visibilityOfElementLocated(flow));
        WebElement clientId = authorizationCode.findElement(By.cssSelector("input[id^='client_id']"));
        if (clientId.getAttribute("value").isEmpty()) {
            clientId.sendKeys("swagger-ui");
        }
        screenshot("02-authorize");
        String swaggerUi = browser.getWindowHandle();
        authorizationCode.findElement(By.cssSelector("button.authorize")).click();
        wait.until(driver -> driver.getWindowHandles().size() > 1);
        Set<String> windows = browser.getWindowHandles();
        windows.stream().filter(handle -> !handle.equals(swaggerUi)).findFirst().ifPresent(browser.switchTo()::window);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        screenshot("03-keycloak-login");
        browser.findElement(By.id("kc-login")).click();
        wait.until(driver -> driver.getWindowHandles().size() == 1);
        browser.switchTo().window(swaggerUi);
        wait.until(driver -> driver.findElement(flow).findElements(
                By.cssSelector("button[aria-label='Remove authorization']")).size() == 1);
        screenshot("04-signed-in");
        click(By.cssSelector(".modal-ux button.close-modal"));
    }

    /**
     * Try it out on the operation with one parameter set (Swagger UI fills the others in from their examples:
     * they are emptied first, `limit` kept), and returns the live status.
     */
    String tryOut(String operationId, String parameter, String value, String screenshot) {
        WebElement operation = expand(operationId);
        for (WebElement input : operation.findElements(By.cssSelector("tr[data-param-name] input[type='text']"))) {
            String name = input.findElement(By.xpath("ancestor::tr[@data-param-name]")).getAttribute("data-param-name");
            if (!name.equals("limit") && !input.getAttribute("value").isEmpty()) {
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            }
        }
        WebElement row = operation.findElement(By.cssSelector("tr[data-param-name='" + parameter + "']"));
        List<WebElement> select = row.findElements(By.tagName("select"));
        if (select.isEmpty()) {
            row.findElement(By.tagName("input")).sendKeys(value);
        } else {
            new Select(select.get(0)).selectByVisibleText(value);
        }
        return execute(operation, screenshot);
    }

    /** Try it out on the operation with the request body Swagger UI fills in from the documented example. */
    String tryOutExample(String operationId, String screenshot) {
        WebElement operation = expand(operationId);
        wait.until(driver -> !operation.findElement(By.cssSelector("textarea.body-param__text")).getAttribute("value").isBlank());
        return execute(operation, screenshot);
    }

    String requestUrl(String operationId) {
        return operation(operationId).findElement(By.cssSelector(".request-url pre")).getText();
    }

    String liveResponseBody(String operationId) {
        return operation(operationId).findElement(By.cssSelector(".live-responses-table .response-col_description pre"))
                .getText();
    }

    private WebElement expand(String operationId) {
        WebElement operation = operation(operationId);
        if (!operation.getAttribute("class").contains("is-open")) {
            operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        }
        WebElement tryOut = wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.try-out__btn"))));
        tryOut.click();
        return operation;
    }

    private String execute(WebElement operation, String screenshot) {
        operation.findElement(By.cssSelector("button.execute")).click();
        WebElement status = wait.until(driver -> operation.findElements(
                By.cssSelector(".live-responses-table tbody .response-col_status")).stream().findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", status);
        screenshot(screenshot);
        return status.getText().trim();
    }

    private WebElement operation(String operationId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock[id$='-" + operationId + "']")));
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}

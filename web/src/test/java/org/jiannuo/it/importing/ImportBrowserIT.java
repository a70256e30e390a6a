package org.jiannuo.it.importing;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The import wizard: upload a file with a mistake, see it, upload the corrected file, import it with progress. */
class ImportBrowserIT extends BrowserTestBase {

    @Test
    void uploadPreviewCorrectAndImport() throws Exception {
        browser = BrowserSupport.start(1280, 1000);
        String branch = firstBranchPath();
        String first = IdCardNumber.withCheckCharacter("41052319880808001").value();
        String second = IdCardNumber.withCheckCharacter("41052319890909002").value();
        String header = "所在组织,姓名,身份证号,政治面貌,联系电话\r\n";
        Path withMistake = file("people-mistake.csv", header + branch + ",导入甲," + first + ",正式党员,13912345678\r\n"
                + branch + ",导入乙," + second + ",党员,\r\n");
        Path corrected = file("people.csv", header + branch + ",导入甲," + first + ",正式党员,13912345678\r\n"
                + branch + ",导入乙," + second + ",预备党员,\r\n");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        BrowserSupport.logInToDemo(browser, deploymentUrl, "admin");
        browser.findElement(By.id("nav-import")).click();
        BrowserSupport.saveScreenshot(browser, "import-start");
        upload(withMistake);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem-text")));
        List<String> problems = browser.findElements(By.cssSelector(".problem-text")).stream()
                .map(WebElement::getText).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("无法识别“党员”"), problems.get(0));
        assertTrue(browser.findElements(By.id("import-form:apply")).isEmpty(), "no import while there are problems");
        BrowserSupport.saveScreenshot(browser, "import-problems");

        upload(corrected);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("import-form:apply")));
        assertTrue(browser.findElement(By.id("preview-summary")).getText().contains("新建 2"),
                browser.findElement(By.id("preview-summary")).getText());
        BrowserSupport.saveScreenshot(browser, "import-preview");
        browser.findElement(By.id("import-form:apply")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-summary")));
        assertEquals("导入完成：新建 2，修改 0，不变 0。", browser.findElement(By.id("result-summary")).getText());
        BrowserSupport.saveScreenshot(browser, "import-done");

        upload(corrected);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-form:nothing-to-do")));
        assertTrue(browser.findElement(By.id("preview-summary")).getText().contains("不变 2"));
    }

    private void upload(Path file) {
        WebElement input = browser.findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private String firstBranchPath() throws Exception {
        String csv = new String(http.getBytes("api/v1/people/export?format=CSV", "zhibu@demo",
                DemoTenantInstaller.PASSWORD).body(), StandardCharsets.UTF_8);
        String row = csv.lines().skip(1).findFirst().orElseThrow();
        return row.substring(0, row.indexOf(','));
    }

    private static Path file(String name, String content) throws Exception {
        Path dir = Files.createTempDirectory("jiannuo-import");
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}

package org.jiannuo.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen answers a broken rule, a refusal, a stale edit or a missing subject through
 * {@link PageActions}, so that all screens answer alike. A converter alone may catch a missing subject:
 * JSF wants null from it, not a message.
 */
class PageActionsUseTest {

    private static final Path SCREENS = Path.of("src/main/java/org/jiannuo/interfaces/web");
    private static final Pattern REFUSAL_CAUGHT = Pattern.compile(
            "catch \\(([^)]*(RuleViolation|StaleEditException|AccessDeniedException|NotFoundException"
                    + "|EJBTransactionRolledbackException|EJBException)[^)]*)\\)");

    @Test
    void noScreenCatchesARefusalByHand() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(SCREENS)) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 20, "the screens were found: " + sources.size());
        for (Path source : sources) {
            String name = source.getFileName().toString();
            if (name.equals("PageActions.java")) {
                continue;
            }
            Matcher matcher = REFUSAL_CAUGHT.matcher(Files.readString(source));
            while (matcher.find()) {
                boolean converterMissing = name.endsWith("Converter.java") && matcher.group(1).endsWith("NotFoundException e");
                if (!converterMissing) {
                    found.add(name + ": catch (" + matcher.group(1) + ")");
                }
            }
        }
        assertEquals(List.of(), found, "refusals caught by hand instead of through PageActions");
    }
}

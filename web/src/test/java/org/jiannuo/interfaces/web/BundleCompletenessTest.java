package org.jiannuo.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every text a person reads comes from the two bundles, in both languages: the bundles have the
 * same keys and no empty text; every key the pages, the beans and the business rules name exists;
 * and the pages and beans carry no words of their own.
 */
class BundleCompletenessTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/jiannuo/interfaces/web");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path WEB_JAVA = Path.of("src/main/java");
    private static final Path EJB_JAVA = Path.of("../ejb/src/main/java");

    /** msg['key'] or msg['prefix.'.concat(...)] in a page. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'(\\]|\\.concat)");
    /** Messages.info|error|text("key" …) and Bundle.text(locale, "key" …); a trailing + makes it a prefix. */
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Messages\\.(?:info|error|text)\\(|Bundle\\.text\\(\\s*\\w+\\s*,)\\s*\"([^\"]+)\"(\\s*\\+)?");
    /** Any other string literal that looks like a key of the bundles' namespaces, e.g. passed on to Messages. */
    private static final Pattern KEY_LIKE_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    /** The codes of broken rules: new RuleViolation("code" …) or a choice of two codes. */
    private static final Pattern RULE_CODE = Pattern.compile("new RuleViolation\\(([^,;]*?)(?:,|\\);)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");

    /** Attributes whose value a person reads, wherever they appear. */
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile(
            "label|title|header|placeholder|summary|alt|caption|legend|.*(Label|Text|Message)");
    /** Components whose value attribute is shown as text. */
    private static final Set<String> VALUE_SHOWN = Set.of("outputText", "outputLabel", "outputFormat", "commandButton",
            "commandLink", "button", "linkButton", "link", "menuitem", "submenu");
    /** Names that are the same in every language. */
    private static final Set<String> UNTRANSLATED_WORDS = Set.of("PDF", "XLSX", "CSV");
    private static Properties chinese;
    private static Properties english;

    @BeforeAll
    static void load() throws IOException {
        chinese = bundle("messages_zh.properties");
        english = bundle("messages_en.properties");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        assertTrue(onlyChinese.isEmpty() && onlyEnglish.isEmpty(),
                "only in Chinese: " + onlyChinese + "; only in English: " + onlyEnglish);
    }

    @Test
    void noTextIsEmpty() {
        List<String> empty = new ArrayList<>();
        for (Properties bundle : List.of(chinese, english)) {
            bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank())
                    .forEach(key -> empty.add((bundle == chinese ? "zh " : "en ") + key));
        }
        assertEquals(List.of(), empty);
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path page : files(PAGES, ".xhtml")) {
            Matcher matcher = PAGE_KEY.matcher(Files.readString(page));
            while (matcher.find()) {
                check(matcher.group(1), matcher.group(2).equals("]"), page, missing);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> namespaces = new TreeSet<>();
        chinese.stringPropertyNames().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.') + 1)));
        for (Path source : files(WEB_JAVA, ".java")) {
            String text = Files.readString(source);
            Matcher matcher = CODE_KEY.matcher(text);
            while (matcher.find()) {
                check(matcher.group(1), matcher.group(2) == null, source, missing);
            }
            Matcher literal = KEY_LIKE_LITERAL.matcher(text);
            while (literal.find()) {
                String candidate = literal.group(1);
                if (namespaces.contains(candidate.substring(0, candidate.indexOf('.') + 1))) {
                    check(candidate, true, source, missing);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyBrokenRuleHasItsMessage() throws IOException {
        List<String> missing = new ArrayList<>();
        int codes = 0;
        for (Path source : files(EJB_JAVA, ".java")) {
            Matcher matcher = RULE_CODE.matcher(Files.readString(source));
            while (matcher.find()) {
                Matcher literal = LITERAL.matcher(matcher.group(1));
                while (literal.find()) {
                    codes++;
                    check("rule." + literal.group(1), true, source, missing);
                }
            }
        }
        assertTrue(codes > 50, "the rule codes were found: " + codes);
        assertEquals(List.of(), missing);
    }

    @Test
    void pagesShowNoWordsOfTheirOwn() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder parser = factory.newDocumentBuilder();
        List<String> literal = new ArrayList<>();
        for (Path page : files(PAGES, ".xhtml")) {
            collectLiteralText(parser.parse(page.toFile()).getDocumentElement(), page, literal);
        }
        assertEquals(List.of(), literal, "words written into the pages instead of the bundles");
    }

    @Test
    void beansWriteNoMessagesOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : files(WEB_JAVA, ".java")) {
            String name = source.getFileName().toString();
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String code = line.strip();
                if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                    continue;
                }
                if (line.contains("new FacesMessage(") && !name.equals("Messages.java")) {
                    found.add(name + ":" + (i + 1) + " builds its own FacesMessage: " + code);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static void collectLiteralText(Element element, Path page, List<String> found) {
        String name = element.getLocalName();
        if (name.equals("script") || name.equals("style") || name.equals("outputScript")) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            boolean shown = VISIBLE_ATTRIBUTE.matcher(attributeName).matches()
                    || attributeName.equals("value") && VALUE_SHOWN.contains(name);
            if (shown && hasWords(attribute.getValue())) {
                found.add(page.getFileName() + " <" + name + " " + attributeName + "=\"" + attribute.getValue() + "\">");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (hasWords(child.getNodeValue())) {
                    found.add(page.getFileName() + " <" + name + "> text \"" + child.getNodeValue().strip() + "\"");
                }
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                collectLiteralText((Element) child, page, found);
            }
        }
    }

    /** Letters outside EL expressions, other than names that are the same in every language. */
    static boolean hasWords(String text) {
        String outsideExpressions = text.replaceAll("[#$]\\{[^}]*}", " ");
        for (String word : outsideExpressions.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !UNTRANSLATED_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A key must be in both bundles; a prefix must begin at least one key of each. */
    private static void check(String key, boolean whole, Path where, List<String> missing) {
        for (Properties bundle : List.of(chinese, english)) {
            boolean present = whole ? bundle.containsKey(key)
                    : bundle.stringPropertyNames().stream().anyMatch(name -> name.startsWith(key));
            if (!present) {
                missing.add((bundle == chinese ? "zh " : "en ") + (whole ? key : key + "…") + " (" + where.getFileName() + ")");
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertTrue(properties.size() > 100, name + " was read");
        return properties;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> found = walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
            assertTrue(!found.isEmpty(), "no " + suffix + " files under " + root.toAbsolutePath());
            return found;
        }
    }
}

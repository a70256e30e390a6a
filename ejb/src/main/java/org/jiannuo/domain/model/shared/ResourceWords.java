package org.jiannuo.domain.model.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Words kept in a UTF-8 properties file beside a class: data the code stores (seeded names, the demo county), out of
 * the Java code, and the same whatever the reader's language. Lists are separated by {@code |}, in the file's order.
 */
public final class ResourceWords {

    private final String fileName;
    private final Properties words = new Properties();

    private ResourceWords(Class<?> owner, String fileName) {
        this.fileName = fileName;
        try (InputStream in = owner.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException(fileName + " is missing beside " + owner.getName());
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResourceWords beside(Class<?> owner, String fileName) {
        return new ResourceWords(owner, fileName);
    }

    /** One text; fails loudly when the file lacks it, as a seed without its name is a bug. */
    public String text(String key) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalStateException(fileName + " has no " + key);
        }
        return text;
    }

    public List<String> list(String key) {
        return List.of(text(key).split("\\|"));
    }
}

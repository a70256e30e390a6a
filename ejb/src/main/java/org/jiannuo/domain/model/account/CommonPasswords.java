package org.jiannuo.domain.model.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords nobody may choose because everybody does: the 100,000 most common passwords that
 * {@code me.gosimple:nbvcxz} ships (its {@code dictionaries/passwords.txt}, MIT licence; none of its code runs) and
 * the Chinese ones of {@code common-passwords-zh.txt} beside this class. Read once per JVM, on the first question,
 * lowercased; only entries of at least {@link PasswordPolicy#FLOOR} characters are kept, since a shorter password
 * is refused for its length before this list is asked (about 40,000 entries, a few MB).
 */
final class CommonPasswords {

    static final String GENERAL_LIST = "/dictionaries/passwords.txt";
    static final String CHINESE_LIST = "common-passwords-zh.txt";

    private CommonPasswords() {
    }

    /** Whether the password is on either list, whatever its case. */
    static boolean contains(String password) {
        return Holder.ENTRIES.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.ENTRIES.size();
    }

    /** Loaded by the class loader the first time it is touched, exactly once, thread-safely. */
    private static final class Holder {
        private static final Set<String> ENTRIES = load();
    }

    private static Set<String> load() {
        Set<String> entries = new HashSet<>(64 * 1024);
        read(GENERAL_LIST, entries);
        read(CHINESE_LIST, entries);
        return Set.copyOf(entries);
    }

    private static void read(String resource, Set<String> entries) {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.length() >= PasswordPolicy.FLOOR && !entry.startsWith("#")) {
                    entries.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}

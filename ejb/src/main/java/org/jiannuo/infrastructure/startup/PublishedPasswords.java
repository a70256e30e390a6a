package org.jiannuo.infrastructure.startup;

import java.util.List;

/**
 * Passwords published with Jiannuo: the demo's, printed in the README and on the console, and those the compose
 * file once gave the database by default. Anyone can try them, so nothing outside a demo may use them.
 */
final class PublishedPasswords {

    static final List<String> ALL = List.of(DemoTenantInstaller.PASSWORD, "jiannuo", "postgres");

    private PublishedPasswords() {
    }

    static boolean contains(String password) {
        return ALL.contains(password);
    }
}

package org.jiannuo.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Slow salted password hashes (Shiro 2's default: argon2id in modular crypt format). */
@ApplicationScoped
public class PasswordHasher {

    private final PasswordService passwordService = new DefaultPasswordService();

    public String hash(String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("A password has at least 8 characters");
        }
        return passwordService.encryptPassword(password);
    }

    public boolean matches(String password, String hash) {
        return passwordService.passwordsMatch(password, hash);
    }
}

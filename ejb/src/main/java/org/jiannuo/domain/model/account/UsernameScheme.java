package org.jiannuo.domain.model.account;

import java.util.Locale;
import java.util.function.Predicate;
import net.sourceforge.pinyin4j.PinyinHelper;
import org.jiannuo.domain.model.person.Person;

/**
 * How the usernames of issued accounts are made, a tenant setting. Whatever the scheme, a person
 * also signs in with their mobile number (see {@code AccountAuthentication}).
 */
public enum UsernameScheme {
    /** The mobile number; a person without one gets the pinyin scheme. */
    MOBILE,
    /** Pinyin initials of the name and a running number: 张三丰 → zsf01, zsf02, … */
    PINYIN;

    /** The first free username for the person; {@code taken} tells which are in use already. */
    public String usernameFor(Person person, Predicate<String> taken) {
        String phone = person.getPhone() == null ? "" : person.getPhone().strip();
        if (this == MOBILE && phone.matches("1\\d{10}") && !taken.test(phone)) {
            return phone;
        }
        String stem = initials(person.getName());
        for (int number = 1; ; number++) {
            String candidate = stem + String.format(Locale.ROOT, "%02d", number);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Lower-case pinyin initials of the Chinese characters, letters and digits as they are; "u" when none. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (char c : name.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0) {
                initials.append(readings[0].charAt(0));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                initials.append(Character.toLowerCase(c));
            }
        }
        return initials.length() < 2 ? "u" + initials : initials.toString();
    }
}

package org.jiannuo.domain.model.commitment;

import java.util.List;
import org.jiannuo.domain.model.shared.ResourceWords;

/**
 * The commitment categories the seeds use; a tenant picks one for the year or writes its own. The names are in
 * {@code categories.properties}: data stored into the tenant's rules, not words of the screens.
 */
public enum CategorySet {
    /** 001: the default. */
    STUDY_WORK_DISCIPLINE_SERVICE,
    /** 002. */
    POLITICS_DUTY_DEEDS,
    /** 004: the five "take the lead" aspects. */
    FIVE_LEADS;

    /** 004: leading cadres at division level and above also commit on these two. */
    public static final List<String> LEADING_CADRE_DUTIES = Names.of("LEADING_CADRE_DUTIES");

    public List<String> categories() {
        return Names.of(name());
    }

    /** The names of the seeds, read once. */
    private static final class Names {

        private static final ResourceWords NAMES = ResourceWords.beside(CategorySet.class, "categories.properties");

        static List<String> of(String key) {
            return NAMES.list(key);
        }
    }
}

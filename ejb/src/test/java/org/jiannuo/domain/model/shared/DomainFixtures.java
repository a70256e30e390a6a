package org.jiannuo.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import org.junit.jupiter.api.function.Executable;

/** What the domain's unit tests of several areas share: a rule's refusal, and an id a database would give. */
public final class DomainFixtures {

    private DomainFixtures() {
    }

    /** Gives an entity the id the database would, for rules that compare entities by id. */
    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot assign an id to " + entity.getClass(), e);
        }
    }

    /** Asserts the action is refused with the given rule and returns the violation for its arguments. */
    public static RuleViolation assertRefused(String code, Executable action) {
        RuleViolation violation = assertThrows(RuleViolation.class, action);
        assertEquals(code, violation.code(), () -> "refused as " + violation.getMessage());
        return violation;
    }
}

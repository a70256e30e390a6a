package org.jiannuo.application.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What importing one row does.
 *
 * @param key           the natural key: ID-card number or unit path
 * @param changedFields for an update, the fields that change
 */
public record ImportChange(int line, Action action, String key, String name, List<String> changedFields)
        implements Serializable {

    public enum Action {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    public ImportChange {
        changedFields = List.copyOf(changedFields);
    }
}

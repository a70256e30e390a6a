package org.jiannuo.domain.model.commitment;

import java.time.LocalDate;
import java.util.List;

/** What the department admin sets for a year. */
public record RulesSettings(List<String> categories, int memberMinimum, int memberMaximum, int organizationMinimum,
        int organizationMaximum, LocalDate publicationDeadline, boolean leadingCadreDuties) {

    public RulesSettings {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}

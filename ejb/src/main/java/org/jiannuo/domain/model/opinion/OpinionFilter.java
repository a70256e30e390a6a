package org.jiannuo.domain.model.opinion;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which opinions a list shows: those handled in the given subtrees (all of the tenant when empty), in one
 * state if given, only the overdue ones on {@code today} if asked.
 */
public record OpinionFilter(Optional<Set<String>> subtreePaths, OpinionState state, boolean overdueOnly,
        LocalDate today) {
}

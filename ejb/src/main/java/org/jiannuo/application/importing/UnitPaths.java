package org.jiannuo.application.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Units named the way a file names them: the names from the top of the tree down, joined by
 * '/' ("城关镇党委/第一党支部"). Built from the tenant's units, which number about a thousand in a
 * county; only active units are found by path, since nothing is imported into a dissolved one.
 */
final class UnitPaths {

    static final String SEPARATOR = "/";

    private final Map<Long, OrgUnit> byId = new HashMap<>();
    private final Map<String, List<OrgUnit>> activeByPath = new HashMap<>();

    UnitPaths(List<OrgUnit> units) {
        units.forEach(unit -> byId.put(unit.getId(), unit));
        for (OrgUnit unit : units) {
            if (!unit.isDissolved()) {
                activeByPath.computeIfAbsent(pathOf(unit), path -> new ArrayList<>()).add(unit);
            }
        }
    }

    /** The path of a unit, from its tree path of ids. */
    String pathOf(OrgUnit unit) {
        return Stream.of(unit.getTreePath().split("/"))
                .filter(id -> !id.isEmpty())
                .map(id -> byId.get(Long.valueOf(id)))
                .map(ancestor -> ancestor == null ? "?" : ancestor.getName())
                .collect(Collectors.joining(SEPARATOR));
    }

    /**
     * The active unit at a path.
     *
     * @throws RuleViolation when two sibling units share the name, so the path names both
     */
    Optional<OrgUnit> find(String path) {
        List<OrgUnit> found = activeByPath.getOrDefault(path, List.of());
        if (found.size() > 1) {
            throw new RuleViolation("import.ambiguousUnitPath", path);
        }
        return found.stream().findFirst();
    }

    /** Spaces around the parts and the full-width slash are a typist's, not the tree's. */
    static String normalize(String path) {
        return Stream.of(path.replace('／', '/').split(SEPARATOR))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(SEPARATOR));
    }

    static String parentOf(String path) {
        int last = path.lastIndexOf(SEPARATOR);
        return last < 0 ? null : path.substring(0, last);
    }

    static String nameOf(String path) {
        return path.substring(path.lastIndexOf(SEPARATOR) + 1);
    }

    static int depthOf(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}

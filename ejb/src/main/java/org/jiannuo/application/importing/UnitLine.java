package org.jiannuo.application.importing;

import java.util.List;
import org.jiannuo.application.importing.ImportChange.Action;
import org.jiannuo.domain.model.organization.OrgUnitType;

/** A checked row of a units file: a unit to create under its parent, or one already there. */
record UnitLine(int line, String path, OrgUnitType type, Action action) {

    ImportChange change() {
        return new ImportChange(line, action, path, UnitPaths.nameOf(path), List.of());
    }
}

package org.jiannuo.infrastructure.generator;

import org.jiannuo.domain.model.organization.OrgUnit;
import java.util.List;
import org.jiannuo.domain.model.person.Person;

/** Where a generated county goes: a database, a CSV file, a test's list. */
public interface CountySink {

    /** Stores a new unit; its parent has been stored before it. */
    void unit(OrgUnit unit);

    /** Stores the people of one branch; the branch's secretary and head are appointed only afterwards. */
    void people(List<Person> people);
}

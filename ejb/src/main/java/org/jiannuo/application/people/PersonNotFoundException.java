package org.jiannuo.application.people;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(long personId) {
        super("No person " + personId + " in reach");
    }
}

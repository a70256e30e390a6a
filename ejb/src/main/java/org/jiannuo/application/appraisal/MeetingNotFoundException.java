package org.jiannuo.application.appraisal;

import jakarta.ejb.ApplicationException;

/** No such meeting, or none the caller may see: the two are not told apart. */
@ApplicationException(rollback = true)
public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException(long id) {
        super("Meeting " + id + " not found");
    }
}

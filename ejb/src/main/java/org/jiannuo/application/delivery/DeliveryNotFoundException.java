package org.jiannuo.application.delivery;

import jakarta.ejb.ApplicationException;

/** No subscription, run or delivery of that id the caller may see (answered as 404). */
@ApplicationException(rollback = true)
public class DeliveryNotFoundException extends RuntimeException {

    public DeliveryNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}

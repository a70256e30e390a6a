package org.jiannuo.application.stars;

import java.io.Serializable;
import java.time.LocalDate;

/** One recorded entry of help given to a lagging member. */
public record HelpView(long id, LocalDate helpedOn, String helperName, String note, String recordedBy)
        implements Serializable {
}

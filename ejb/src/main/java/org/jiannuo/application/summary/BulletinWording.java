package org.jiannuo.application.summary;

import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.LedgerFigures;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.Standing;

/**
 * The words a drafted bulletin starts with, in the drafter's language: the screens and the API give it from their
 * bundles, so the application holds no text of its own.
 */
public interface BulletinWording {

    /** The body: the period's fulfilment in a few sentences. */
    String body(BulletinKind kind, String unitName, Period period, LedgerFigures figures);

    /** One line naming a member and why they are praised or urged. */
    String line(Standing standing);
}

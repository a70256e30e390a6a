/**
 * The year-end evaluation's screens: the branch's evaluation with its inputs, proposal, confirmation and
 * publication ({@link org.jiannuo.interfaces.web.yearend.YearEndPage}), and the member's phone page for the
 * mutual evaluation and the secret ballot ({@link org.jiannuo.interfaces.web.yearend.YearEndVotePage}).
 */
package org.jiannuo.interfaces.web.yearend;

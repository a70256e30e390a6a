/**
 * The suggestion box and public phone: {@link org.jiannuo.application.opinion.PublicOpinions} takes an opinion from
 * anyone (after the {@link org.jiannuo.application.opinion.Challenges} proof of work and within the rate limits) and
 * gives its reply back for the tracking code; {@link org.jiannuo.application.opinion.OpinionDesk} is where the handling
 * units answer, forward and close, enter phone calls, and where the department counts what is open and overdue;
 * {@link org.jiannuo.application.opinion.OpinionRulesBook} keeps the department's settings.
 */
package org.jiannuo.application.opinion;

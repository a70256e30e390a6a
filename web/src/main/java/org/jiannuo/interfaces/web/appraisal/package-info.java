/**
 * The screens of the monthly appraisal: the meetings list and dashboard, a meeting's record with its ballot,
 * remarks and grading panels, the voter's phone page ({@code vote.xhtml}), exemptions and the grade history.
 */
package org.jiannuo.interfaces.web.appraisal;

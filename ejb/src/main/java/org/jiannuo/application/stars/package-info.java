/**
 * Village party member star management (农村党员创星, seed 003) as services: the department's rules
 * ({@link org.jiannuo.application.stars.StarRulesBook}), the year's targets and responsibility letters
 * ({@link org.jiannuo.application.stars.StarTargets}), households and 1+2 ({@link org.jiannuo.application.stars.Households}),
 * post duty ({@link org.jiannuo.application.stars.DutyPosts}) and the log book
 * ({@link org.jiannuo.application.stars.StarLogBook}); who may do what is {@link org.jiannuo.application.stars.StarAccess}.
 */
package org.jiannuo.application.stars;

/** Quotas on a share of a group (pioneers about 15%, excellent at most 15%, village stars at most 30%). */
package org.jiannuo.domain.model.quota;

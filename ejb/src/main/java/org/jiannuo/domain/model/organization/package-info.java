/**
 * The organization tree of a tenant: {@link org.jiannuo.domain.model.organization.OrgUnit} (committee, general branch,
 * branch) with its tree path, so that a subtree is one prefix match, and its rules for renaming, moving, dissolving and
 * appointing; the posts a person holds ({@link org.jiannuo.domain.model.organization.Appointment} for posts with one
 * holder, {@link org.jiannuo.domain.model.organization.Post} for posts with several). Stored through
 * {@code OrgUnitRepository}.
 */
package org.jiannuo.domain.model.organization;

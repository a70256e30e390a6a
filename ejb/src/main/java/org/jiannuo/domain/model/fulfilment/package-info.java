/**
 * Keeping a commitment (践诺): the monthly {@link org.jiannuo.domain.model.fulfilment.FulfilmentRecord} with its
 * evidence files (accepted only when extension and content agree, {@link org.jiannuo.domain.model.fulfilment.EvidenceType}),
 * the quarterly check, the owner's completion report with the reviewer's verdict, rectifications with their own deadline,
 * and the reminders the daily sweep leaves. Nothing here is deleted. Uses commitment, organization and person; stored
 * through {@code FulfilmentRepository}.
 */
package org.jiannuo.domain.model.fulfilment;

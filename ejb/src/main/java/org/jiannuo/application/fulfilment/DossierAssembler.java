package org.jiannuo.application.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jiannuo.application.commitment.CommitmentAccess;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.fulfilment.FulfilmentDossier.CheckView;
import org.jiannuo.application.fulfilment.FulfilmentDossier.CloseOutView;
import org.jiannuo.application.fulfilment.FulfilmentDossier.RecordView;
import org.jiannuo.application.fulfilment.FulfilmentDossier.RectificationView;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.fulfilment.EvidenceSummary;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;

/** Reads one item's fulfilment file for the owner's side and the reviewer's side alike. */
@ApplicationScoped
class DossierAssembler {

    @Inject
    FulfilmentRepository fulfilment;

    FulfilmentDossier of(Commitment commitment, AccessScope scope) {
        List<EvidenceSummary> evidence = fulfilment.evidence(commitment);
        boolean actsForOwner = CommitmentAccess.actsForOwner(commitment, scope);
        return new FulfilmentDossier(CommitmentView.of(commitment, null),
                fulfilment.records(commitment).stream().map(record -> RecordView.of(record, evidence)).toList(),
                fulfilment.checks(commitment).stream().map(CheckView::of).toList(),
                fulfilment.closeOutReports(commitment).stream().map(report -> CloseOutView.of(report, evidence)).toList(),
                fulfilment.rectifications(commitment).stream().map(RectificationView::of).toList(),
                actsForOwner, actsForOwner && commitment.getStatus().isFulfilling(),
                scope.canReviewFor(commitment.getReviewingUnit(), commitment.getOwnerPerson()));
    }
}

package org.jiannuo.application.delivery;

import java.util.List;
import org.jiannuo.domain.model.delivery.Recipient;
import org.jiannuo.domain.model.delivery.ReportKind;

/**
 * The next recipients of a run, after its checkpoint, with what they are to receive; {@code checkpoint} is the
 * one the chunk was read after, which the chunk's store checks has not moved meanwhile.
 */
public record RunChunk(long runId, String tenantCode, String tenantName, ReportKind report, String period,
        String checkpoint, List<Recipient> recipients, int total) {

    public boolean isEmpty() {
        return recipients.isEmpty();
    }

    public String lastKey() {
        return recipients.get(recipients.size() - 1).key();
    }
}

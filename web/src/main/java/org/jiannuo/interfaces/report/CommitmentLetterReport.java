package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.commitment.LetterItem;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.CommitmentLetterRow;
import org.jiannuo.reports.QrCode;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportLabels;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;

/**
 * Lays the approved items out as 公开承诺书, one letter per owner, in the words of the seeds and in the
 * requester's language (Chinese, the language the letters are posted in, unless they read English), each with a
 * QR code of the owner's living page on the public board.
 */
@ApplicationScoped
public class CommitmentLetterReport {

    @Inject
    ReportRenderer renderer;

    public void write(List<LetterItem> items, int year, Locale locale, OutputStream out) {
        String owner = owner(items);
        Map<String, Object> parameters = ReportLabels.parameters(locale, Map.of(
                "TITLE", Bundle.text(locale, "letter.title." + owner, String.valueOf(year)),
                "PLEDGE", Bundle.text(locale, "letter.pledge." + owner),
                "SIGNATURE_LINE", Bundle.text(locale, "letter.signature." + owner),
                "SEAL_LINE", Bundle.text(locale, "letter.seal"),
                "DATE_LINE", Bundle.text(locale, "letter.date")));
        renderer.render(ReportTemplate.COMMITMENT_LETTER, parameters,
                new RecordDataSource(rows(items, locale).iterator()), ReportFormat.PDF, out);
    }

    /** One 承诺卡 per owner, for the desk or the household plate. */
    public void writeCards(List<LetterItem> items, int year, Locale locale, OutputStream out) {
        String owner = owner(items);
        Map<String, Object> parameters = ReportLabels.parameters(locale, Map.of(
                "TITLE", Bundle.text(locale, "card.title." + owner, String.valueOf(year)),
                "SIGNATURE_LABEL", Bundle.text(locale, "letter.signature." + owner),
                "FOOTER", Bundle.text(locale, "card.footer")));
        renderer.render(ReportTemplate.COMMITMENT_CARD, parameters,
                new RecordDataSource(rows(items, locale).iterator()), ReportFormat.PDF, out);
    }

    /** Whose letters these are: an organization's ({@code unit}) or members' ({@code member}), by the first. */
    private static String owner(List<LetterItem> items) {
        return !items.isEmpty() && items.get(0).collective() ? "unit" : "member";
    }

    private static List<CommitmentLetterRow> rows(List<LetterItem> items, Locale locale) {
        List<CommitmentLetterRow> rows = new ArrayList<>();
        String owner = null;
        int number = 0;
        QrCode ownerPage = null;
        for (LetterItem item : items) {
            boolean sameOwner = item.ownerKey().equals(owner);
            number = sameOwner ? number + 1 : 1;
            ownerPage = sameOwner ? ownerPage : QrCode.of(item.boardPage());
            owner = item.ownerKey();
            String ownerLine = item.collective()
                    ? Bundle.text(locale, "letter.owner.unit", item.ownerName())
                    : Bundle.text(locale, "letter.owner.member", item.ownerName(), item.ownerUnitName());
            CommitmentStatus shown = item.status() == CommitmentStatus.REGISTERED ? CommitmentStatus.REGISTERED
                    : CommitmentStatus.PUBLISHED;
            rows.add(new CommitmentLetterRow(item.ownerKey(), ownerLine,
                    Bundle.text(locale, "letter.reviewer", item.reviewerName()), number,
                    item.category(), item.content(), item.measures(), item.dueDate().toString(),
                    Bundle.text(locale, "commitment.status." + shown), ownerPage));
        }
        return rows;
    }
}

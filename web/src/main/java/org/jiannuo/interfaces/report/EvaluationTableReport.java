package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jiannuo.application.appraisal.EvaluationLine;
import org.jiannuo.application.appraisal.EvaluationTable;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.appraisal.Tally;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;
import org.jiannuo.reports.StarEvaluationRow;

/**
 * The star-pioneer evaluation table of a meeting as PDF or XLSX, in the reader's language: annex 1
 * (members and staff) for a monthly meeting, annex 2 (branches) for a secretaries' meeting.
 */
@ApplicationScoped
public class EvaluationTableReport {

    @Inject
    ReportRenderer renderer;

    public void write(EvaluationTable table, ReportFormat format, Locale locale, OutputStream out) {
        MeetingKind kind = table.kind();
        int ballots = table.electronicBallots() + table.paperBallots();
        String ballotLine = Bundle.text(locale, "evaluation.ballot", table.roster(), table.present(), ballots,
                table.paperBallots());
        if (!table.resultsShown()) {
            ballotLine += "；" + Bundle.text(locale, "evaluation.withheld", ballots, table.minimumBallots());
        }
        String title = Bundle.text(locale, "evaluation.title." + kind, table.unitName())
                + (table.published() ? "" : Bundle.text(locale, "evaluation.draft"));
        Map<String, Object> parameters = Map.of(
                "TITLE", title,
                "PERIOD_LINE", Bundle.text(locale, "evaluation.period." + kind, table.period().getYear(),
                        table.period().getMonthValue(), table.heldOn().toString()),
                "BALLOT_LINE", ballotLine,
                "LEGEND", Bundle.text(locale, "evaluation.legend", table.pioneerPercent()),
                "SIGNATURE", Bundle.text(locale, "evaluation.signature." + kind),
                "GENERATED", Bundle.text(locale, "evaluation.generated",
                        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))),
                "COLUMN_LABELS", Arrays.asList(Bundle.text(locale, "evaluation.columns." + kind).split("\\|")),
                "BALLOT_HEADING", Bundle.text(locale, "evaluation.ballotHeading"),
                "PAGE_PATTERN", Bundle.text(locale, "evaluation.page"));
        List<EvaluationLine> lines = table.lines();
        List<StarEvaluationRow> rows = IntStream.range(0, lines.size())
                .mapToObj(index -> row(index + 1, lines.get(index), locale)).toList();
        renderer.render(kind == MeetingKind.SECRETARIES ? ReportTemplate.ORGANIZATION_EVALUATION
                : ReportTemplate.MEMBER_EVALUATION, parameters, new RecordDataSource(rows.iterator()), format, out);
    }

    /** The file name of a meeting's table, without extension. */
    public String fileName(EvaluationTable table, Locale locale) {
        return Bundle.text(locale, "evaluation.fileName", table.unitName(), table.period().toString());
    }

    private static StarEvaluationRow row(int number, EvaluationLine line, Locale locale) {
        String detail = line.partyStatus() != null
                ? Bundle.text(locale, "evaluation.identity." + line.partyStatus())
                : line.secretaryName() == null ? "" : line.secretaryName();
        Tally tally = line.tally() == null ? Tally.EMPTY : line.tally();
        return new StarEvaluationRow(number, line.name(), detail, narration(line, locale), tally.good(),
                tally.fairlyGood(), tally.average(), tally.poor(), tally.unknown(),
                Bundle.text(locale, "evaluation.grade." + (line.grade() == null ? "NONE" : line.grade())),
                line.remark() == null ? "" : line.remark());
    }

    private static String narration(EvaluationLine line, Locale locale) {
        if (line.presence() == Presence.EXEMPT) {
            return Bundle.text(locale, "evaluation.narration.EXEMPT");
        }
        return Bundle.text(locale, "evaluation.narration."
                + (line.narrationMode() == null ? "NONE" : line.narrationMode()));
    }
}

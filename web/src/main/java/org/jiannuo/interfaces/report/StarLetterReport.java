package org.jiannuo.interfaces.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiannuo.application.stars.ClaimView;
import org.jiannuo.application.stars.StarLetter;
import org.jiannuo.interfaces.i18n.Bundle;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportLabels;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;
import org.jiannuo.reports.StarLetterRow;

/**
 * Lays a member's star target out as 创星目标责任书, ready for the branch secretary and the member to sign: each
 * aspect's standard (the department's, or the seed's wording) with the stars aimed for drawn as ★ and the rest up to
 * the aspect's most as ☆, in the reader's language.
 */
@ApplicationScoped
public class StarLetterReport {

    static final String AIMED = "★";
    static final String OPEN = "☆";

    @Inject
    ReportRenderer renderer;

    public void write(StarLetter letter, Locale locale, OutputStream out) {
        List<StarLetterRow> rows = letter.aspects().stream().map(aspect -> new StarLetterRow(
                Bundle.text(locale, "stars.aspect." + aspect.aspect()),
                aspect.standard().isBlank() ? Bundle.text(locale, "stars.standard." + aspect.aspect()) : aspect.standard(),
                stars(aspect.stars(), aspect.most()))).toList();
        Map<String, Object> parameters = ReportLabels.parameters(locale, Map.of(
                "TITLE", Bundle.text(locale, "stars.letter.title", letter.unitName(), String.valueOf(letter.year())),
                "MEMBER_LINE", Bundle.text(locale, "stars.letter.member", letter.memberName(),
                        Bundle.text(locale, "village." + letter.category()), letter.cap(), letter.secretaryName()),
                "TOTAL_LINE", Bundle.text(locale, "stars.letter.total", letter.total(), AIMED.repeat(letter.total())),
                "MEASURES", letter.measures(),
                "POSTS", posts(letter.posts(), locale),
                "PLEDGE", Bundle.text(locale, "stars.letter.pledge"),
                "SIGNED_LINE", letter.signedOn() == null ? Bundle.text(locale, "stars.letter.date")
                        : Bundle.text(locale, "stars.letter.signedOn", letter.signedOn().toString())));
        renderer.render(ReportTemplate.STAR_LETTER, parameters, new RecordDataSource(rows.iterator()),
                ReportFormat.PDF, out);
    }

    /** ★ for each star aimed for, ☆ for each one more the aspect could give. */
    static String stars(int aimed, int most) {
        return AIMED.repeat(aimed) + OPEN.repeat(Math.max(0, most - aimed));
    }

    private static String posts(List<ClaimView> claims, Locale locale) {
        return String.join("\n", claims.stream().map(claim -> (claim.basicPost() == null ? claim.postName()
                : Bundle.text(locale, "stars.post." + claim.basicPost())) + Bundle.text(locale, "stars.letter.colon")
                + claim.duty()).toList());
    }

    public static String fileName(StarLetter letter) {
        return "star-letter-" + letter.year() + ".pdf";
    }
}

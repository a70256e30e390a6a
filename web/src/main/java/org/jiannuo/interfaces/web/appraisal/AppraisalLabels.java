package org.jiannuo.interfaces.web.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jiannuo.domain.model.appraisal.Choice;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.appraisal.Tally;
import org.jiannuo.interfaces.web.Messages;

/** Texts the appraisal screens share: a grade with its symbol, a ballot's five counts, in the view's language. */
@Named
@ApplicationScoped
public class AppraisalLabels {

    private static final String NONE = "—";

    /** 先锋★ as "★ 先锋"; a dash when there is no grade. */
    public String grade(StarGrade grade) {
        return grade == null ? NONE : grade.symbol() + " " + Messages.text("appraisal.grade." + grade.name());
    }

    /** The five counts in the order of the ballot paper; a dash while they are withheld. */
    public String tally(Tally tally) {
        if (tally == null) {
            return NONE;
        }
        return Arrays.stream(Choice.values())
                .map(choice -> Messages.text("appraisal.choice." + choice.name()) + " " + tally.count(choice))
                .collect(Collectors.joining(" · "));
    }

    public Choice[] getChoices() {
        return Choice.values();
    }

    public StarGrade[] getGrades() {
        return StarGrade.values();
    }
}

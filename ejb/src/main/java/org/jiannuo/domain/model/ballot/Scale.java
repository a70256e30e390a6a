package org.jiannuo.domain.model.ballot;

import java.util.List;

/**
 * The choices a ballot offers for every subject, in the order of the paper. Each occasion uses one:
 * the monthly appraisal's 好/较好/一般/差/不了解, the year-end 优秀/合格/不合格, the masses'
 * 满意/基本满意/不满意. The option names are the keys of the bundles' labels ({@code scale.OPTION}).
 */
public enum Scale {
    APPRAISAL("GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR", "UNKNOWN"),
    EXCELLENCE("EXCELLENT", "QUALIFIED", "UNQUALIFIED"),
    SATISFACTION("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");

    private final List<String> options;

    Scale(String... options) {
        this.options = List.of(options);
    }

    public List<String> options() {
        return options;
    }

    /** The option's place on the paper, or -1 when the scale does not offer it. */
    public int indexOf(String option) {
        return options.indexOf(option);
    }

    public String option(int index) {
        return options.get(index);
    }
}

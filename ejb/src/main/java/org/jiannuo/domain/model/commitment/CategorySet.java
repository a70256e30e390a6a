package org.jiannuo.domain.model.commitment;

import java.util.List;

/** The commitment categories the seeds use; a tenant picks one for the year or writes its own. */
public enum CategorySet {
    /** 001: the default. */
    STUDY_WORK_DISCIPLINE_SERVICE(List.of("学习", "工作", "自律", "服务")),
    /** 002. */
    POLITICS_DUTY_DEEDS(List.of("政治", "履职", "实事")),
    /** 004: the five "take the lead" aspects. */
    FIVE_LEADS(List.of("学习提高", "发展业绩", "为民服务", "遵纪守法", "模范带头"));

    /** 004: leading cadres at division level and above also commit on these two. */
    public static final List<String> LEADING_CADRE_DUTIES = List.of("一岗双责", "廉洁从政");

    private final List<String> categories;

    CategorySet(List<String> categories) {
        this.categories = categories;
    }

    public List<String> categories() {
        return categories;
    }
}

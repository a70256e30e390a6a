package org.jiannuo.infrastructure.generator;

import java.util.List;

/** The kinds of committee a county has; each gives its branches their names and people their posts. */
enum SectorKind {
    AGENCIES("县直机关工委",
            List.of("县财政局", "县人社局", "县教育局", "县卫健委", "县农业农村局", "县住建局", "县市场监管局",
                    "县民政局", "县交通运输局", "县自然资源局", "县水利局", "县统计局"),
            "党支部", List.of("科员", "副科长", "科长", "办公室主任", "综合股股长"), "局长"),
    TOWNSHIP("镇党委",
            List.of("东岭村", "西河村", "南坪村", "北坡村", "柳林村", "杏花村", "石桥村", "桃园村", "枣庄村", "新庄村",
                    "王家庄村", "李家湾村"),
            "党支部", List.of("村党支部书记", "村委会主任", "村会计", "村妇女主任", "村治保主任"), null),
    ENTERPRISES("经济开发区党工委",
            List.of("青山建材有限公司", "恒达食品有限公司", "宏远机械制造有限公司", "绿源农业科技有限公司",
                    "青山物流有限公司", "华信电子有限公司", "顺安纺织有限公司", "鑫源化工有限公司"),
            "党支部", List.of("车间主任", "技术员", "质检员", "销售经理", "财务主管", "班组长"), "总经理"),
    EDUCATION("教育系统党委",
            List.of("县第一中学", "县第二中学", "县实验小学", "城关镇中心小学", "县职业中专", "县幼儿园"),
            "党支部", List.of("语文教师", "数学教师", "班主任", "教务处主任", "年级组长", "后勤主任"), "校长");

    final String committeeSuffix;
    final List<String> units;
    final String branchSuffix;
    final List<String> posts;
    /** The unit's administrative head, who grades non-party staff; villages have none. */
    final String headPost;

    SectorKind(String committeeSuffix, List<String> units, String branchSuffix, List<String> posts, String headPost) {
        this.committeeSuffix = committeeSuffix;
        this.units = units;
        this.branchSuffix = branchSuffix;
        this.posts = posts;
        this.headPost = headPost;
    }

    boolean isVillage() {
        return this == TOWNSHIP;
    }
}

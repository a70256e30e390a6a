package org.jiannuo.infrastructure.generator;

import java.util.List;

/** The kinds of committee a county has; each gives its branches their names and people their posts. */
enum SectorKind {
    AGENCIES("agencies"),
    TOWNSHIP("township"),
    ENTERPRISES("enterprises"),
    EDUCATION("education");

    final String committeeSuffix;
    final List<String> units;
    final String branchSuffix;
    final List<String> posts;
    /** The unit's administrative head, who grades non-party staff; villages have none. */
    final String headPost;

    /** Reads the sector's words ({@code sector.<key>.*} of {@link DemoWords}). */
    SectorKind(String key) {
        this.committeeSuffix = DemoWords.text("sector." + key + ".committee");
        this.units = DemoWords.list("sector." + key + ".units");
        this.branchSuffix = DemoWords.text("sector." + key + ".branch");
        this.posts = DemoWords.list("sector." + key + ".posts");
        String head = DemoWords.text("sector." + key + ".head");
        this.headPost = head.isEmpty() ? null : head;
    }

    boolean isVillage() {
        return this == TOWNSHIP;
    }
}

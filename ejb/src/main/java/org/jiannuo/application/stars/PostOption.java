package org.jiannuo.application.stars;

import java.io.Serializable;
import org.jiannuo.domain.model.stars.BasicPost;

/** A post a member may claim: a basic one ({@code basicPost}, no id) or one a township defined. */
public record PostOption(BasicPost basicPost, Long dutyPostId, String name, String duties) implements Serializable {

    /** Tells the options apart on a screen: the basic post's name, or the township post's id. */
    public String key() {
        return basicPost != null ? basicPost.name() : String.valueOf(dutyPostId);
    }
}

package org.jiannuo.application.stars;

import java.io.Serializable;
import org.jiannuo.domain.model.stars.BasicPost;

/** A post a member may claim: a basic one ({@code basicPost}, no id) or one a township defined. */
public record PostOption(BasicPost basicPost, Long dutyPostId, String name, String duties) implements Serializable {
}

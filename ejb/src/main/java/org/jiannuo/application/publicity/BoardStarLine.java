package org.jiannuo.application.publicity;

import java.time.LocalDate;
import java.util.List;
import org.jiannuo.application.publicity.BoardStarTarget.AspectCount;
import org.jiannuo.domain.model.appraisal.GradeStanding;

/**
 * A village member's published year-end stars (三评两公开, seed 003) as the board shows them: the cap they were
 * appraised under, the stars per aspect and in total, with the publicity period and standing, the same as a
 * year-end result's; never the self-assessment, the ballots' counts or the committee's reason.
 */
public record BoardStarLine(String key, String name, String personKey, int year, int cap, int total,
        List<AspectCount> aspects, LocalDate publishedOn, LocalDate publicityEnds, GradeStanding standing,
        boolean reviewed) {

    public BoardStarLine {
        aspects = List.copyOf(aspects);
    }

    /** The stars drawn, ★ for each star got and ☆ for each short of the cap, so that a reader needs no legend. */
    public String drawn() {
        return BoardStarTarget.draw(total, cap);
    }
}

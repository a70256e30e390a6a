package org.jiannuo.application.publicity;

/**
 * A party member model post (党员示范岗) as the board shows it (issue 14: the board shows "year-end results and
 * 示范岗"): the member's name, the post's title and the year of the evaluation, nothing else of the member.
 */
public record BoardModelPost(String name, String postTitle, int year) {
}

package org.jiannuo.application.opinion;

/** A unit to forward an opinion to, or to enter a phone opinion on. */
public record UnitChoice(long id, String name) {
}

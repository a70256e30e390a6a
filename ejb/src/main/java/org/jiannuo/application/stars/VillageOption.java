package org.jiannuo.application.stars;

import java.io.Serializable;

/** A village the caller reads, for the star screens' unit picker. */
public record VillageOption(long id, String name) implements Serializable {
}

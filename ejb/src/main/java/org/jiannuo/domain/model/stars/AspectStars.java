package org.jiannuo.domain.model.stars;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Stars in each of the five aspects: a member's target, and (next) a rating of the quarter, the half or the
 * year. Checked against a {@link StarCap}; never negative.
 */
@Embeddable
public class AspectStars implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("\\d{1,2}(,\\d{1,2}){4}");

    @Column(name = "ideology", nullable = false)
    private int ideology;

    @Column(name = "law", nullable = false)
    private int law;

    @Column(name = "customs", nullable = false)
    private int customs;

    @Column(name = "liaison", nullable = false)
    private int liaison;

    @Column(name = "post", nullable = false)
    private int post;

    protected AspectStars() {
    }

    public static AspectStars none() {
        return new AspectStars();
    }

    /** The stars given per aspect; an aspect not named has none. */
    public static AspectStars of(Map<StarAspect, Integer> stars) {
        AspectStars result = new AspectStars();
        stars.forEach((aspect, count) -> {
            int value = count == null ? 0 : count;
            if (value < 0) {
                throw new RuleViolation("stars.negative");
            }
            result.set(aspect, value);
        });
        return result;
    }

    private void set(StarAspect aspect, int value) {
        switch (aspect) {
            case IDEOLOGY -> ideology = value;
            case LAW -> law = value;
            case CUSTOMS -> customs = value;
            case LIAISON -> liaison = value;
            case POST -> post = value;
        }
    }

    public int of(StarAspect aspect) {
        return switch (aspect) {
            case IDEOLOGY -> ideology;
            case LAW -> law;
            case CUSTOMS -> customs;
            case LIAISON -> liaison;
            case POST -> post;
        };
    }

    public int total() {
        return ideology + law + customs + liaison + post;
    }

    public Map<StarAspect, Integer> asMap() {
        Map<StarAspect, Integer> map = new EnumMap<>(StarAspect.class);
        for (StarAspect aspect : StarAspect.values()) {
            map.put(aspect, of(aspect));
        }
        return map;
    }

    /** The stars per aspect in the aspects' order, {@code 2,2,2,1,1}: how an objection keeps and names them. */
    public String code() {
        return ideology + "," + law + "," + customs + "," + liaison + "," + post;
    }

    /** The stars of a {@link #code()}; null for anything else. */
    public static AspectStars parse(String code) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            return null;
        }
        String[] counts = code.strip().split(",");
        Map<StarAspect, Integer> stars = new EnumMap<>(StarAspect.class);
        for (StarAspect aspect : StarAspect.values()) {
            stars.put(aspect, Integer.parseInt(counts[aspect.ordinal()]));
        }
        return of(stars);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AspectStars that && code().equals(that.code());
    }

    @Override
    public int hashCode() {
        return code().hashCode();
    }

    @Override
    public String toString() {
        return code();
    }
}

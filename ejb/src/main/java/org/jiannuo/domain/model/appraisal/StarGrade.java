package org.jiannuo.domain.model.appraisal;

/** 先锋★ / 合格☆ / 基本合格○ / 后进△, from best to worst. */
public enum StarGrade {
    PIONEER("★"),
    QUALIFIED("☆"),
    BASICALLY_QUALIFIED("○"),
    LAGGING("△");

    private final String symbol;

    StarGrade(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * A grade against the ballot's direction must be explained in writing. Giving ☆ where the ballot
     * pointed to ★ is not against it: the pioneer cap may leave no room. Without a direction (no ballot,
     * or too few ballots to show) any grade stands on its own.
     */
    public boolean needsReasonAgainst(StarGrade suggested) {
        return suggested != null && this != suggested && !(suggested == PIONEER && this == QUALIFIED);
    }
}

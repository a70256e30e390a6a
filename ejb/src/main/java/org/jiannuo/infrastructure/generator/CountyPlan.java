package org.jiannuo.infrastructure.generator;

/**
 * The size of a generated county. The same plan and seed always give the same county.
 *
 * @param countyName           shown in unit names, e.g. 青山县
 * @param committees           committees (党委/党工委) directly under the department
 * @param branchesPerCommittee branches under each committee, some of them inside a general branch
 * @param peoplePerBranch      average people per branch; each branch varies by up to a fifth
 * @param seed                 random seed
 */
public record CountyPlan(String countyName, int committees, int branchesPerCommittee, int peoplePerBranch, long seed) {

    public CountyPlan {
        if (committees < 1 || branchesPerCommittee < 1 || peoplePerBranch < 1) {
            throw new IllegalArgumentException("A county needs at least one committee, branch and person");
        }
    }

    /** The demo county: 4 committees, 20 branches, about 400 people. */
    public static CountyPlan demo() {
        return new CountyPlan(DemoWords.text("county.name"), 4, 5, 20, 20260101L);
    }

    /** A full county for benchmarks: 40 committees, 1,000 branches, about 30,000 people. */
    public static CountyPlan fullCounty() {
        return new CountyPlan(DemoWords.text("county.name"), 40, 25, 30, 20260101L);
    }
}

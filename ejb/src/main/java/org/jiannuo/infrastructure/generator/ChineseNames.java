package org.jiannuo.infrastructure.generator;

import java.util.Random;

/** Plausible Chinese names: common surnames, one- or two-character given names. */
final class ChineseNames {

    private static final String SURNAMES = DemoWords.text("names.surnames");
    private static final String MALE = DemoWords.text("names.male");
    private static final String FEMALE = DemoWords.text("names.female");

    private ChineseNames() {
    }

    static String next(Random random, boolean male) {
        String pool = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(skewed(random, SURNAMES.length())));
        int givenLength = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < givenLength; i++) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        return name.toString();
    }

    /** Earlier surnames are more common, as in the population. */
    private static int skewed(Random random, int bound) {
        double u = random.nextDouble();
        return (int) (bound * u * u);
    }
}

package org.jiannuo.it.support;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jiannuo.application.importing.ImportKind;
import org.jiannuo.application.importing.ImportProgress;
import org.jiannuo.application.importing.RosterImport;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.infrastructure.generator.CountyCsvExport;
import org.jiannuo.infrastructure.generator.CountyGenerator;
import org.jiannuo.infrastructure.generator.CountyPlan;

/**
 * Benchmark data: the generated full county (about 30,000 people, 1,000 branches) imported under one county
 * committee, so that the whole county is one subtree, as a county's ledger and annual summary read it.
 */
public final class OneCommitteeCounty {

    public static final String COUNTY_COMMITTEE = "全县党委";

    private OneCommitteeCounty() {
    }

    /** Imports the county in the admin's tenant through the import wizard's service; returns the committee's id. */
    public static long importIt(AsUser admin, RosterImport rosterImport, OrganizationTree tree, LocalDate today)
            throws Exception {
        CountyCsvExport county = new CountyCsvExport();
        new CountyGenerator(CountyPlan.fullCounty(), today).generate(county);
        byte[] units = underOneCommittee(county.unitsCsv(), COUNTY_COMMITTEE + ",COMMITTEE\r\n");
        byte[] people = underOneCommittee(county.peopleCsv(), "");
        admin.call(() -> rosterImport.apply(ImportKind.UNITS, "units.csv", Fixtures.spooled(units), new ImportProgress()));
        admin.call(() -> rosterImport.apply(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(people), new ImportProgress()));
        return admin.call(() -> tree.children(null)).stream()
                .filter(unit -> unit.name().equals(COUNTY_COMMITTEE)).findFirst().orElseThrow().id();
    }

    /** Puts every path of an import file under the county committee; the header stays first. */
    private static byte[] underOneCommittee(String csv, String extraFirstLine) {
        String[] lines = csv.split("\r\n");
        String moved = Arrays.stream(lines).skip(1)
                .map(line -> line.startsWith("\"") ? "\"" + COUNTY_COMMITTEE + "/" + line.substring(1)
                        : COUNTY_COMMITTEE + "/" + line)
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        return (lines[0] + "\r\n" + extraFirstLine + moved).getBytes(StandardCharsets.UTF_8);
    }

    /** Discards a report, counting its bytes. */
    public static final class CountingStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }

        public long mebibytes() {
            return count / (1024 * 1024);
        }
    }
}

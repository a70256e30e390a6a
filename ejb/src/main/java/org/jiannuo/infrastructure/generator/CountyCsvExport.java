package org.jiannuo.infrastructure.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.application.spreadsheet.FormulaGuard;

/**
 * The county generator from the command line: writes {@code units.csv} and {@code people.csv}
 * (UTF-8, header row) for a county of the given size, the same county for the same seed.
 *
 * <pre>
 * mvn -q -pl ejb compile exec:java -Dexec.mainClass=org.jiannuo.infrastructure.generator.CountyCsvExport \
 *     -Dexec.args="--committees 40 --branches-per-committee 25 --people-per-branch 30 --seed 20260101 --out target/county"
 * </pre>
 * The output folder is relative to the directory Maven runs in.
 */
public final class CountyCsvExport implements CountySink {

    private final Map<OrgUnit, String> paths = new HashMap<>();
    private final List<String> unitLines = new ArrayList<>();
    private final List<String> peopleLines = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        CountyPlan defaults = CountyPlan.fullCounty();
        CountyPlan plan = new CountyPlan(options.getOrDefault("county", defaults.countyName()),
                Integer.parseInt(options.getOrDefault("committees", String.valueOf(defaults.committees()))),
                Integer.parseInt(options.getOrDefault("branches-per-committee",
                        String.valueOf(defaults.branchesPerCommittee()))),
                Integer.parseInt(options.getOrDefault("people-per-branch", String.valueOf(defaults.peoplePerBranch()))),
                Long.parseLong(options.getOrDefault("seed", String.valueOf(defaults.seed()))));
        Path out = Path.of(options.getOrDefault("out", "county"));
        CountyCsvExport export = new CountyCsvExport();
        new CountyGenerator(plan, LocalDate.parse(options.getOrDefault("today", LocalDate.now().toString())))
                .generate(export);
        export.write(out);
        System.out.printf("Wrote %d units and %d people to %s%n", export.unitLines.size(), export.peopleLines.size(),
                out.toAbsolutePath());
    }

    @Override
    public void unit(OrgUnit unit) {
        String path = unit.getParent() == null ? unit.getName() : paths.get(unit.getParent()) + "/" + unit.getName();
        paths.put(unit, path);
        unitLines.add(line(path, unit.getType().name()));
    }

    @Override
    public void people(List<Person> people) {
        for (Person person : people) {
            peopleLines.add(line(paths.get(person.getOrgUnit()), person.getName(), person.getIdCardNo(),
                    person.getPartyStatus().name(), person.getPhone(), person.getPost(), person.getAssignedPost(),
                    person.getLeadingCadreLevel() == null ? null : person.getLeadingCadreLevel().name(),
                    String.valueOf(person.isSecretary()), String.valueOf(person.isRetired()),
                    String.valueOf(person.isInfirm()), person.getFloatingLocation(),
                    person.getVillageCategory() == null ? null : person.getVillageCategory().name()));
        }
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("units.csv"), unitsCsv(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("people.csv"), peopleCsv(), StandardCharsets.UTF_8);
    }

    /** The units as an import file takes them, parents first. */
    public String unitsCsv() {
        return line("unit_path", "type") + String.join("", unitLines);
    }

    /** The people as an import file takes them. */
    public String peopleCsv() {
        return line("unit_path", "name", "id_card_no", "party_status", "phone", "post", "assigned_post",
                "leading_cadre_level", "secretary", "retired", "infirm", "floating_location", "village_category")
                + String.join("", peopleLines);
    }

    /**
     * RFC 4180: fields quoted where they hold a comma, quote or line break; CRLF line ends. Guarded as
     * the product's exports are, since the files are opened in spreadsheets too.
     */
    static String line(String... fields) {
        return Stream.of(fields)
                .map(field -> field == null ? "" : FormulaGuard.guard(field))
                .map(field -> field.matches("(?s).*[\",\r\n].*") ? "\"" + field.replace("\"", "\"\"") + "\"" : field)
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}

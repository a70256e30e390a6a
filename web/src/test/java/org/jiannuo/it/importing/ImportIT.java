package org.jiannuo.it.importing;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.PlatformRoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.audit.AuditLog;
import org.jiannuo.application.audit.AuditRow;
import org.jiannuo.application.audit.AuditSearch;
import org.jiannuo.application.importing.ImportKind;
import org.jiannuo.application.importing.ImportPreview;
import org.jiannuo.application.importing.ImportProblem;
import org.jiannuo.application.importing.ImportProgress;
import org.jiannuo.application.importing.ImportRefusedException;
import org.jiannuo.application.importing.ImportResult;
import org.jiannuo.application.importing.RosterExport;
import org.jiannuo.application.importing.RosterImport;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.spreadsheet.TableFormat;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.infrastructure.generator.CountyCsvExport;
import org.jiannuo.infrastructure.generator.CountyGenerator;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk import of units and people: preview, all-or-nothing commit, idempotence, bad files, scope. */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final String TENANT = "it-import";
    private static final String COUNTY_TENANT = "it-import-county";
    private static final String COUNTY_ADMIN = "zuzhibu";

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @EJB
    RosterImport rosterImport;

    @EJB
    RosterExport rosterExport;

    @EJB
    PeopleDirectory directory;

    @EJB
    AuditLog auditLog;

    @Inject
    PlatformRoot platformRoot;

    private AsUser admin;

    @BeforeEach
    void users() throws Exception {
        Fixtures.ensureTenant(provisioning, TENANT, 11);
        admin = AsUser.login(authentication, TENANT, StandardLogin.ADMIN.username());
    }

    @Test
    void importsACountyOfThirtyThousandPeopleOnceAndTheSameFileAgainChangesNothing() throws Exception {
        AsUser countyAdmin = platformRoot.openTenant(COUNTY_TENANT, "导入测试县委组织部", COUNTY_ADMIN);
        long otherTenantPeople = admin.call(() -> directory.count(everyone()));

        CountyCsvExport county = new CountyCsvExport();
        new CountyGenerator(CountyPlan.fullCounty(), LocalDate.now()).generate(county);
        byte[] units = county.unitsCsv().getBytes(StandardCharsets.UTF_8);
        byte[] people = county.peopleCsv().getBytes(StandardCharsets.UTF_8);
        int peopleRows = (int) county.peopleCsv().lines().count() - 1;
        assertTrue(peopleRows >= 29_000, "a county of about 30,000 people: " + peopleRows);

        ImportResult unitResult = countyAdmin.call(() ->
                rosterImport.apply(ImportKind.UNITS, "units.csv", Fixtures.spooled(units), new ImportProgress()));
        assertEquals(1080, unitResult.created());

        ImportPreview preview = countyAdmin.call(() -> rosterImport.preview(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(people)));
        assertTrue(preview.isAcceptable(), () -> "problems: " + preview.problems());
        assertEquals(peopleRows, preview.created());
        assertEquals(0, countyAdmin.call(() -> directory.count(everyone())), "a preview changes nothing");

        ImportProgress progress = new ImportProgress();
        ImportResult first = countyAdmin.call(() -> rosterImport.apply(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(people), progress));
        assertEquals(peopleRows, first.created());
        assertEquals(peopleRows, progress.done(), "the progress bar followed every row");
        assertEquals(peopleRows, countyAdmin.call(() -> directory.count(everyone())));

        ImportResult again = countyAdmin.call(() ->
                rosterImport.apply(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(people), new ImportProgress()));
        assertEquals(new ImportResult(ImportKind.PEOPLE, 0, 0, peopleRows), again);
        ImportResult unitsAgain = countyAdmin.call(() ->
                rosterImport.apply(ImportKind.UNITS, "units.csv", Fixtures.spooled(units), new ImportProgress()));
        assertEquals(0, unitsAgain.created());
        assertEquals(peopleRows, countyAdmin.call(() -> directory.count(everyone())));
        assertEquals(otherTenantPeople, admin.call(() -> directory.count(everyone())), "another tenant is untouched");
    }

    @Test
    void anExportImportsBackUnchangedAndAnEditedCellChangesOnlyThatPerson() {
        byte[] exported = export(TableFormat.XLSX);
        ImportPreview unchanged = admin.call(() -> rosterImport.preview(ImportKind.PEOPLE, "people.xlsx", Fixtures.spooled(exported)));
        assertTrue(unchanged.isAcceptable(), () -> "problems: " + unchanged.problems());
        assertEquals(0, unchanged.created() + unchanged.changed());

        String csv = new String(export(TableFormat.CSV), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        String[] cells = lines.get(1).split(",", -1);
        String newPhone = cells[4].equals("13800000001") ? "13800000002" : "13800000001";
        cells[4] = newPhone;
        String edited = csv.replace(lines.get(1), String.join(",", cells));
        ImportResult result = admin.call(() -> rosterImport.apply(ImportKind.PEOPLE, "people.csv",
                Fixtures.spooled(edited.getBytes(StandardCharsets.UTF_8)), new ImportProgress()));
        assertEquals(1, result.changed());
        assertEquals(0, result.created());
        assertEquals(lines.size() - 2, result.unchanged());

        AuditRow entry = admin.call(() -> auditLog.rows(new AuditSearch(null, "Person", null, AuditAction.IMPORT, 0, 1)))
                .get(0);
        assertTrue(entry.summary().contains(cells[1]), entry.summary());
        assertTrue(entry.afterState().contains(newPhone), entry.afterState());
    }

    @Test
    void aFileWithOneBadRowImportsNothing() {
        long before = admin.call(() -> directory.count(everyone()));
        String branch = firstBranchPath();
        String csv = "unit_path,name,id_card_no,party_status\r\n"
                + branch + ",甲一," + idCard("11010119900101001") + ",正式党员\r\n"
                + branch + ",甲二," + idCard("11010119900101002") + ",FULL_MEMBER\r\n"
                + branch + ",甲三," + wrongCheckCharacter("11010119900101003") + ",党员\r\n"
                + branch + ",甲四," + idCard("11010119900101001") + ",预备党员\r\n"
                + "不存在的党委/第一支部,甲五," + idCard("11010119900101005") + ",正式党员\r\n";
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = admin.call(() -> rosterImport.preview(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(content)));
        assertFalse(preview.isAcceptable());
        assertEquals(List.of("import.idCardInvalid", "import.unknownValue", "import.duplicateIdCard",
                "import.unitNotFound"), preview.problems().stream().map(ImportProblem::code).toList());
        assertEquals(List.of(4, 4, 5, 6), preview.problems().stream().map(ImportProblem::line).toList());

        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> admin.call(() ->
                rosterImport.apply(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(content), new ImportProgress())));
        assertEquals(4, refused.preview().problemCount());
        assertEquals(before, admin.call(() -> directory.count(everyone())), "the good rows were not imported either");
    }

    @Test
    void missingColumnsAndUnreadableFilesAreRefusedWhole() {
        long before = admin.call(() -> directory.count(everyone()));
        byte[] noIdCard = "所在组织,姓名,政治面貌\r\n城关镇党委/第一党支部,张三,正式党员\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("import.missingColumn"), codes(preview("people.csv", noIdCard)));
        assertEquals(List.of("import.wrongEncoding"),
                codes(preview("people.csv", new byte[] {'a', '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0x80})));
        assertEquals(List.of("import.malformedXlsx"), codes(preview("people.xlsx", "PK\3\4 broken".getBytes())));
        assertEquals(List.of("import.fileTooLarge"), codes(preview("people.csv", new byte[21 * 1024 * 1024])));
        assertEquals(List.of("import.unsupportedType"), codes(preview("people.xls", new byte[] {1, 2, 3})));
        assertThrows(ImportRefusedException.class, () -> admin.call(() ->
                rosterImport.apply(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(noIdCard), new ImportProgress())));
        assertEquals(before, admin.call(() -> directory.count(everyone())));
    }

    @Test
    void unitsComeInParentsFirstWhateverTheOrderOfTheFile() {
        String root = firstBranchPath().split("/")[0];
        String csv = "组织路径,组织类别\r\n"
                + root + "/新建联合党总支/新建第二党支部,党支部\r\n"
                + root + "/新建联合党总支,党总支\r\n"
                + root + "/新建联合党总支/新建第一党支部,BRANCH\r\n"
                + root + "/没有上级/党支部,党支部\r\n";
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = admin.call(() -> rosterImport.preview(ImportKind.UNITS, "units.csv", Fixtures.spooled(content)));
        assertEquals(List.of("import.parentNotFound"), codes(preview));
        String valid = csv.substring(0, csv.indexOf(root + "/没有上级"));
        ImportResult result = admin.call(() -> rosterImport.apply(ImportKind.UNITS, "units.csv",
                Fixtures.spooled(valid.getBytes(StandardCharsets.UTF_8)), new ImportProgress()));
        assertEquals(3, result.created());
        ImportResult again = admin.call(() -> rosterImport.apply(ImportKind.UNITS, "units.csv",
                Fixtures.spooled(valid.getBytes(StandardCharsets.UTF_8)), new ImportProgress()));
        assertEquals(new ImportResult(ImportKind.UNITS, 0, 0, 3), again);
    }

    @Test
    void importersStayWithinTheirScope() throws Exception {
        AsUser branchSecretary = AsUser.login(authentication, TENANT, StandardLogin.BRANCH_SECRETARY.username());
        AsUser member = AsUser.login(authentication, TENANT, StandardLogin.MEMBER.username());
        AsUser leader = AsUser.login(authentication, TENANT, StandardLogin.LEADER.username());
        String otherBranch = branchPaths().stream()
                .filter(path -> !path.equals(branchPathOf(branchSecretary))).findFirst().orElseThrow();
        byte[] content = ("unit_path,name,id_card_no,party_status\r\n" + otherBranch + ",乙一,"
                + idCard("11010119910101001") + ",正式党员\r\n").getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of("import.unitOutOfScope"),
                codes(branchSecretary.call(() -> rosterImport.preview(ImportKind.PEOPLE, "p.csv", Fixtures.spooled(content)))));
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() ->
                rosterImport.preview(ImportKind.UNITS, "u.csv", Fixtures.spooled(content))));
        assertThrows(AccessDeniedException.class, () -> member.call(() ->
                rosterImport.preview(ImportKind.PEOPLE, "p.csv", Fixtures.spooled(content))));
        assertThrows(AccessDeniedException.class, () -> leader.call(() ->
                rosterImport.apply(ImportKind.PEOPLE, "p.csv", Fixtures.spooled(content), new ImportProgress())));
    }

    private byte[] export(TableFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        admin.call(() -> {
            rosterExport.people(everyone(), format, out);
            return null;
        });
        return out.toByteArray();
    }

    private ImportPreview preview(String fileName, byte[] content) {
        return admin.call(() -> rosterImport.preview(ImportKind.PEOPLE, fileName, Fixtures.spooled(content)));
    }

    private String firstBranchPath() {
        return branchPaths().get(0);
    }

    /** The branch paths of the tenant, read from its own export. */
    private List<String> branchPaths() {
        return new String(export(TableFormat.CSV), StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).distinct().sorted().toList();
    }

    private String branchPathOf(AsUser user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        user.call(() -> {
            rosterExport.people(everyone(), TableFormat.CSV, out);
            return null;
        });
        String first = out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
        return first.substring(0, first.indexOf(','));
    }

    private static PersonSearch everyone() {
        return new PersonSearch(null, null, null, PersonSortField.NAME, true, 0, 1);
    }

    private static List<String> codes(ImportPreview preview) {
        return preview.problems().stream().map(ImportProblem::code).toList();
    }

    /** A valid ID-card number from its first 17 digits. */
    private static String idCard(String first17) {
        return IdCardNumber.withCheckCharacter(first17).value();
    }

    private static String wrongCheckCharacter(String first17) {
        char right = idCard(first17).charAt(17);
        return first17 + (right == '0' ? '1' : '0');
    }
}

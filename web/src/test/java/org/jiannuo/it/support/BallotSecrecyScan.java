package org.jiannuo.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.function.Executable;

/**
 * The secrecy scan of the ballot tests, for whoever holds the database and the application log but not the
 * application's key: the application log heard while ballots are cast, every table of the database (all columns,
 * read in the server), and what the voters' transactions wrote. A choice is an option of a scale, by name or by
 * its Chinese label; a voter's mark is what names them (a username, a participation code in clear, their person
 * or account id). Each check fails with the table, column and value that give a ballot away.
 */
public final class BallotSecrecyScan {

    private static final Set<Integer> TEXT = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR);
    private static final Set<Integer> TIME = Set.of(Types.DATE, Types.TIME, Types.TIMESTAMP,
            Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
    private static final Set<Integer> NUMBER = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
            Types.DECIMAL, Types.NUMERIC);

    /** What the application logs while listened to, kept in the server between a test's steps. */
    private static final List<LogRecord> HEARD = Collections.synchronizedList(new ArrayList<>());
    private static Handler capture;

    private BallotSecrecyScan() {
    }

    /** Listens to everything logged in the server, from now until {@link #stopListening()}. */
    public static synchronized void listenToTheApplicationLog() {
        HEARD.clear();
        capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                HEARD.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
    }

    /** Stops listening; each record heard as its message, parameters and exception. */
    public static synchronized List<String> stopListening() {
        assertNotNull(capture, "the application log was listened to while the ballots were cast");
        Logger.getLogger("").removeHandler(capture);
        capture = null;
        synchronized (HEARD) {
            return HEARD.stream().map(record -> record.getMessage() + " " + Arrays.toString(record.getParameters())
                    + (record.getThrown() == null ? "" : " " + record.getThrown())).toList();
        }
    }

    /** No logged text names a choice, nor any of the secrets (participation codes in clear). */
    public static void assertLogHoldsNone(List<String> logged, Collection<String> choices,
            Collection<String> secrets) {
        for (String text : logged) {
            for (String choice : choices) {
                if (text.contains(choice)) {
                    fail("the application log holds a choice (" + choice + "): " + text);
                }
            }
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    fail("the application log holds a secret (" + secret + "): " + text);
                }
            }
        }
    }

    /** Shows a check to catch a planted link: it fails, naming where (a table, a code). */
    public static void assertCaught(Executable check, String naming) {
        AssertionError caught = assertThrows(AssertionError.class, check, "the check catches a planted link");
        assertTrue(caught.getMessage().contains(naming), "it names " + naming + ": " + caught.getMessage());
    }

    /**
     * What a batch's writing must not hold: the voters' marks, and each participation code spent in it, as printed
     * and without its dashes.
     */
    public static List<String> marks(List<String> voterMarks, List<String> codes) {
        List<String> marks = new ArrayList<>(voterMarks);
        marks.addAll(codes);
        codes.forEach(code -> marks.add(code.replace("-", "")));
        return marks;
    }

    /**
     * Every table of the application's schema, every row of the tenant's (where a table has a tenant code, as
     * PostgreSQL's row-level security shows them to the tenant), every column as text.
     */
    public static Tables read(DataSource dataSource, String tenant) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return inTenant(connection, tenant, () -> read(connection, tenant));
        }
    }

    /**
     * The tables as {@link #read(DataSource, String)} would see them had {@code plant} been committed: the planted
     * statement runs in a transaction that is rolled back after the reading. For a check's proof that it fails.
     */
    public static Tables readPlanted(DataSource dataSource, String tenant, String plant) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return inTenant(connection, tenant, () -> {
                    try (Statement statement = connection.createStatement()) {
                        assertTrue(statement.executeUpdate(plant) > 0, "the plant changed a row: " + plant);
                    }
                    return read(connection, tenant);
                });
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private interface Reading {
        Tables read() throws SQLException;
    }

    private static Tables inTenant(Connection connection, String tenant, Reading reading) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("SELECT set_config('jiannuo.tenant', '" + tenant + "', false)");
            }
            try {
                return reading.read();
            } finally {
                if (postgres) {
                    statement.execute("SELECT set_config('jiannuo.tenant', '', false)");
                }
            }
        }
    }

    private static Tables read(Connection connection, String tenant) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String schema = rows.getString("TABLE_SCHEM");
                if (schema != null && (schema.equalsIgnoreCase("public")
                        || schema.equalsIgnoreCase(connection.getSchema()))) {
                    names.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : names) {
            try (Statement scan = connection.createStatement();
                    ResultSet rows = scan.executeQuery("SELECT * FROM " + name)) {
                ResultSetMetaData meta = rows.getMetaData();
                List<Column> columns = new ArrayList<>();
                int tenantColumn = -1;
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    String columnName = meta.getColumnName(column).toLowerCase(Locale.ROOT);
                    columns.add(new Column(columnName, meta.getColumnType(column)));
                    if (columnName.equals("tenant_code")) {
                        tenantColumn = column;
                    }
                }
                List<List<String>> kept = new ArrayList<>();
                while (rows.next()) {
                    if (tenantColumn > 0 && !tenant.equals(rows.getString(tenantColumn))) {
                        continue;
                    }
                    List<String> row = new ArrayList<>(columns.size());
                    for (int column = 1; column <= columns.size(); column++) {
                        String value = rows.getString(column);
                        row.add(value == null ? null : value.strip());
                    }
                    kept.add(row);
                }
                tables.put(name.toLowerCase(Locale.ROOT), new Table(columns, kept));
            }
        }
        Tables read = new Tables(tables);
        read.table("sealed_ballot"); // the scan reads the application's schema
        return read;
    }

    /** A column's name (lower case) and its JDBC type. */
    public record Column(String name, int type) {
    }

    /** A table's columns and rows, each value as text (stripped), in the columns' order. */
    public record Table(List<Column> columns, List<List<String>> rows) {

        int column(String name) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new AssertionError("no column " + name + " in " + columns);
        }
    }

    /** The tables read by the scan, by lower-case name. */
    public static final class Tables {

        private final Map<String, Table> tables;

        Tables(Map<String, Table> tables) {
            this.tables = tables;
        }

        public Table table(String name) {
            Table table = tables.get(name);
            assertNotNull(table, "the scan reads table " + name + ": " + tables.keySet());
            return table;
        }

        public Set<String> names() {
            return tables.keySet();
        }

        /**
         * No text column of any table holds a choice, except the named columns ({@code table.column}): the counts
         * written at close, and results the branch decides per person.
         */
        public void assertNoChoiceStored(Collection<String> choices, Set<String> countsAndResults) {
            Set<String> options = new HashSet<>(choices);
            tables.forEach((name, table) -> {
                for (List<String> row : table.rows()) {
                    for (int i = 0; i < row.size(); i++) {
                        Column column = table.columns().get(i);
                        String value = row.get(i);
                        if (TEXT.contains(column.type()) && value != null && options.contains(value)
                                && !countsAndResults.contains(name + "." + column.name())) {
                            fail("table " + name + " column " + column.name() + " holds a choice: " + value);
                        }
                    }
                }
            });
        }

        /** No sealed ballot of a closed occasion is left: they are opened, counted and deleted at close. */
        public void assertSealedBallotsCounted() {
            Table occasions = table("ballot_occasion");
            int id = occasions.column("id");
            int state = occasions.column("state");
            Set<String> closed = occasions.rows().stream().filter(row -> "CLOSED".equals(row.get(state)))
                    .map(row -> row.get(id)).collect(Collectors.toSet());
            Table sealed = table("sealed_ballot");
            int occasion = sealed.column("occasion_id");
            assertEquals(0, sealed.rows().stream().filter(row -> closed.contains(row.get(occasion))).count(),
                    "sealed ballots are deleted once counted");
        }

        /** The rows that are here and were not in {@code before}: inserted or changed since, by table. */
        public Tables writtenSince(Tables before) {
            Map<String, Table> written = new LinkedHashMap<>();
            tables.forEach((name, table) -> {
                Map<List<String>, Integer> earlier = new HashMap<>();
                Table old = before.tables.get(name);
                if (old != null) {
                    old.rows().forEach(row -> earlier.merge(row, 1, Integer::sum));
                }
                List<List<String>> fresh = new ArrayList<>();
                for (List<String> row : table.rows()) {
                    if (earlier.getOrDefault(row, 0) > 0) {
                        earlier.merge(row, -1, Integer::sum);
                    } else {
                        fresh.add(row);
                    }
                }
                if (!fresh.isEmpty()) {
                    written.put(name, new Table(table.columns(), fresh));
                }
            });
            return new Tables(written);
        }

        /** How many rows the table holds here (none when absent, as in what a step wrote). */
        public int rows(String name) {
            Table table = tables.get(name);
            return table == null ? 0 : table.rows().size();
        }

        /**
         * What voters' transactions wrote links no voter to a choice: no row holds a choice (as a word of any text
         * column), a voter's mark in clear ({@code marks} in any text column; a column taking every voter's
         * {@code personIds} value), a time (any date or time column set), or an order (a number column distinct in
         * every one of three or more rows, as a sequence or a counter would be). Then no ballot can be matched to
         * who cast it, nor to when or in which turn.
         */
        public void assertNoVoterLinked(Collection<String> choices, Collection<String> marks,
                Collection<Long> personIds) {
            Set<String> voters = personIds.stream().map(String::valueOf).collect(Collectors.toSet());
            tables.forEach((name, table) -> {
                for (int i = 0; i < table.columns().size(); i++) {
                    Column column = table.columns().get(i);
                    String where = "table " + name + " column " + column.name();
                    List<String> values = new ArrayList<>();
                    for (List<String> row : table.rows()) {
                        values.add(row.get(i));
                    }
                    List<String> set = values.stream().filter(v -> v != null).toList();
                    if (TEXT.contains(column.type())) {
                        for (String value : set) {
                            for (String choice : choices) {
                                if (namesChoice(value, choice)) {
                                    fail(where + " holds a choice written while voting: " + value);
                                }
                            }
                            for (String mark : marks) {
                                if (value.contains(mark)) {
                                    fail(where + " names a voter (" + mark + ") in what voting wrote: " + value);
                                }
                            }
                            if (voters.contains(value)) {
                                fail(where + " holds a voter's person id in what voting wrote: " + value);
                            }
                        }
                    }
                    if (!voters.isEmpty() && set.containsAll(voters)) {
                        fail(where + " holds every voter's person id in what voting wrote: " + set);
                    }
                    if (TIME.contains(column.type()) && !set.isEmpty()) {
                        fail(where + " keeps the time of what voting wrote: " + set);
                    }
                    if (NUMBER.contains(column.type()) && set.size() >= 3 && new HashSet<>(set).size() == set.size()) {
                        fail(where + " keeps an order of what voting wrote: " + set);
                    }
                }
            });
        }

        /** A choice as a word of the text: alone between non-letters; a Chinese label anywhere in it. */
        private static boolean namesChoice(String value, String choice) {
            if (choice.chars().anyMatch(c -> c > 127)) {
                return value.contains(choice);
            }
            return Arrays.asList(value.split("[^\\p{L}\\p{N}_]+")).contains(choice);
        }
    }
}

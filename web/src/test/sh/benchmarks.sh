#!/usr/bin/env bash
# The benchmark command: every *Benchmark on the embedded H2 and then on PostgreSQL (127.0.0.1:5432, as in
# the README), each run's output kept in web/target/benchmarks/, then every BENCHMARK figure of both runs side
# by side, with the fault drill's FAULTS counts (PostgreSQL only). A figure line is matched across the runs by its
# words, its numbers set aside: the table shows the line with the H2 figures and, under it, the PostgreSQL figures
# of the same line.
#
#   bash web/src/test/sh/benchmarks.sh                     # all benchmarks, both databases
#   bash web/src/test/sh/benchmarks.sh LedgerBenchmark     # one benchmark class (or Class#method)
#   DATABASES=postgresql bash web/src/test/sh/benchmarks.sh
set -uo pipefail
cd "$(dirname "$0")/../../../.."

only=${1:-}
out=web/target/benchmarks
mkdir -p "$out"
selection=()
[ -n "$only" ] && selection=("-Dit.test=$only")

status=0
for database in ${DATABASES:-h2 postgresql}; do
    profile=()
    [ "$database" = postgresql ] && profile=(-Ppostgresql)
    echo "== Benchmarks on $database${only:+ ($only)}: output in $out/$database.log"
    mvn -B -Pbenchmark "${profile[@]}" -pl web -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
        "${selection[@]}" > "$out/$database.log" 2>&1 || { status=1; echo "   failed: see $out/$database.log"; }
    grep -hE '^(BENCHMARK|FAULTS) ' "$out/$database.log" web/target/failsafe-reports/*-output.txt 2>/dev/null \
        | awk '!seen[$0]++' > "$out/$database.figures"
    echo "   $(wc -l < "$out/$database.figures") figure lines"
done

# Side by side: a line of one run is matched with the same line of the other, their numbers set aside; the
# words they share are printed once, then what follows them on each database.
awk '
    function key(line,   k) { k = line; gsub(/[0-9][0-9,.]*/, "#", k); gsub(/ +/, " ", k); return k }
    FNR == 1 { file++ }
    {
        sub(/^BENCHMARK +/, "")
        k = key($0); id = k SUBSEP (++seen[file, k])
        if (!(id in order)) order[id] = ++lines
        text[file, order[id]] = $0
    }
    END {
        for (i = 1; i <= lines; i++) {
            a = ((1, i) in text) ? text[1, i] : ""; b = ((2, i) in text) ? text[2, i] : ""
            if (a == b) { print a; print "    H2 and PostgreSQL alike"; continue }
            shared = 0
            if (a != "" && b != "") {
                while (shared < length(a) && substr(a, shared + 1, 1) == substr(b, shared + 1, 1)) shared++
                while (shared > 0 && substr(a, shared, 1) !~ /[ :(]/) shared--
            }
            label = shared > 0 ? substr(a, 1, shared) : (a != "" ? a : b); sub(/[ :(]+$/, "", label); print label
            printf "    H2          %s\n", a == "" ? "(not run)" : (shared > 0 ? substr(a, shared + 1) : "as above")
            printf "    PostgreSQL  %s\n", b == "" ? "(not run)" : (shared > 0 ? substr(b, shared + 1) : (a == "" ? "as above" : b))
        }
    }' "$out/h2.figures" "$out/postgresql.figures" 2>/dev/null | tee "$out/side-by-side.txt"
exit $status

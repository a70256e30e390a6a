#!/usr/bin/env bash
# Run by CI after `mvn package`: checks that everything the Docker builds copy in
# exists, and that the compose file points at Dockerfiles that exist.
# One line per check; exits non-zero if any check fails.
set -u
cd "$(dirname "$0")/.." || exit 2   # repository root = the Docker build context

failures=0
ok()   { echo "OK   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

for df in docker/micro/Dockerfile docker/server/Dockerfile; do
    if [ -f "$df" ]; then ok "$df exists"; else fail "$df is missing"; fi
done

for df in docker/*/Dockerfile; do
    [ -f "$df" ] || continue
    # COPY sources, relative to the build context (the repository root).
    # The sed drops the instruction, --flags and JSON-form punctuation;
    # COPY --from=<stage> copies from another image, not from the context: skipped.
    while read -r -a words; do
        [ "${#words[@]}" -ge 2 ] || continue
        for src in "${words[@]:0:${#words[@]}-1}"; do   # all words but the destination
            src=${src#./}
            case "$src" in
                web/*|ear/*) what="build artifact" ;;
                *)           what="file" ;;
            esac
            if compgen -G "$src" > /dev/null; then ok "$df: $what $src exists"
            else fail "$df: $what $src not found (did 'mvn package' run?)"; fi
        done
    done < <(grep -iE '^[[:space:]]*COPY[[:space:]]' "$df" | grep -viE -- '--from=' |
             sed -E 's/^[[:space:]]*[Cc][Oo][Pp][Yy][[:space:]]+//; s/--[a-z-]+(=[^[:space:]]*)?//g; s/[][",]/ /g')
done

compose=docker/compose.yaml
if [ ! -f "$compose" ]; then
    fail "$compose is missing"
else
    # build.context is relative to the compose file and build.dockerfile to the
    # context; each `context:` line is expected before its `dockerfile:` line.
    refs=0
    context=.
    while IFS= read -r line; do
        value=$(sed -E 's/^[^:]*:[[:space:]]*//; s/[[:space:]]+#.*$//; s/^["'\'']//; s/["'\''][[:space:]]*$//' <<< "$line")
        case "$line" in
            *context:*) context=$value ;;
            *dockerfile:*)
                refs=$((refs + 1))
                if [ -f "docker/$context/$value" ]; then ok "$compose: dockerfile $value (context $context) exists"
                else fail "$compose: dockerfile $value (context $context) not found"; fi ;;
        esac
    done < <(grep -E '^[[:space:]]+(context|dockerfile):' "$compose")
    if [ "$refs" -ge 2 ]; then ok "$compose: $refs service builds reference a Dockerfile"
    else fail "$compose: $refs service builds reference a Dockerfile, expected app1 and app2"; fi
fi

if [ "$failures" -gt 0 ]; then
    echo "check-artifacts: $failures check(s) failed"
    exit 1
fi
echo "check-artifacts: all checks passed"

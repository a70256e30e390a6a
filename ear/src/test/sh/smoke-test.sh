#!/usr/bin/env bash
# Proves the EAR on full Payara Server: unpacks the server from Maven Central, deploys
# ear/target/jiannuo.ear on the embedded database with the demo county, checks that the
# login page is served and that a demo login reaches the home page, then stops the server.
# Run from anywhere after `mvn package`; exits non-zero on any failure.
set -euo pipefail

root=$(cd "$(dirname "$0")/../../../.." && pwd)
ear="$root/ear/target/jiannuo.ear"
work="$root/ear/target/payara-server"
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml")
[ -f "$ear" ] || { echo "EAR smoke test: $ear is missing; run mvn package first" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work"
mvn -q -f "$root/pom.xml" -N dependency:copy -Dartifact="fish.payara.distributions:payara:$version:zip" \
    -DoutputDirectory="$work" -Dmdep.stripVersion=true
unzip -q "$work/payara.zip" -d "$work"
asadmin="$work/payara6/bin/asadmin"

export JIANNUO_DB_URL="jdbc:h2:file:$work/db/jiannuo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
export JIANNUO_DEMO_ENABLED=true

started=$(date +%s)
"$asadmin" start-domain domain1
trap '"$asadmin" stop-domain domain1 >/dev/null 2>&1 || true' EXIT
"$asadmin" deploy --contextroot / --name jiannuo "$ear"

# The Docker image runs these after boot; here they run against the started domain.
while read -r command; do
    case "$command" in set\ *) "$asadmin" $command > /dev/null ;; esac
done < "$root/docker/server/post-boot-commands.asadmin"
# Those commands restart the HTTP listeners; wait until they answer again.
for _ in $(seq 1 60); do
    curl -sf -o /dev/null http://localhost:8080/login.xhtml && break
    sleep 1
done
if curl -sI http://localhost:8080/login.xhtml | grep -qiE '^(server|x-powered-by):'; then
    echo "EAR smoke test: the server names its product in a header" >&2; exit 1
fi

login_page=$(curl -sf http://localhost:8080/login.xhtml)
grep -q "单位代码" <<<"$login_page" || { echo "EAR smoke test: login page not served" >&2; exit 1; }
echo "EAR smoke test: login page served $(( $(date +%s) - started )) s after start-domain"

cookies="$work/cookies"
# The login form carries a token of the session that was shown the form.
token=$(curl -sf -c "$cookies" -b "$cookies" http://localhost:8080/login.xhtml | grep -o 'name="loginToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -sf -c "$cookies" -b "$cookies" -o /dev/null -d "tenant=demo&username=admin&password=Demo@2026&loginToken=$token" \
    http://localhost:8080/login.xhtml
home=$(curl -sf -c "$cookies" -b "$cookies" http://localhost:8080/index.xhtml)
grep -q "青山县委组织部（演示）" <<<"$home" || { echo "EAR smoke test: demo login did not reach the home page" >&2; exit 1; }
echo "EAR smoke test: demo login reaches the home page; EJBs, JPA, Flyway and Shiro work in the EAR"

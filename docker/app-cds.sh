#!/usr/bin/env bash
# Makes the class archive (AppCDS, app-cds.jsa) of the packaged app in directory $1 by a training run with the `java`
# on the PATH: the app starts against the PostgreSQL at DB_URL with -XX:ArchiveClassesAtExit, answers a few pages
# once it is ready, and stops; as the JVM exits it writes every class the start and those pages loaded. A new
# instance started with -XX:SharedArchiveFile=app-cds.jsa (from the same directory) maps them instead of loading
# them from the jars, and is ready in about half the time on two cores (README, Performance).
#
# Quarkus's own archive (made by the build: quarkus.package.jar.aot.enabled, application.properties) stops at the
# end of static init, before the database, Hibernate, Flyway, Qute and the HTTP server start: it is half the size
# and saves less than half as much. An archive only works with the JVM that made it and with the same jars, so the
# image makes it in a build stage with its own JRE and a throwaway PostgreSQL (docker/Dockerfile), and the benchmark
# with the JDK that runs the app against its own database (src/test/perf/bench.sh, startup.sh).
#
# The app must be packaged in the layout that setting gives, every jar on the class path, where an archive can hold
# their classes (the default fast-jar loads them with a class loader of its own).
#   DB_URL=jdbc:postgresql://HOST:PORT/DB DB_USER=... DB_PASSWORD=... bash docker/app-cds.sh DIR [JVM options]
# The JVM options are the ones the app will run with. APP_CDS_PORT (18380) and APP_CDS_MANAGEMENT_PORT (18390) are
# the training run's ports, APP_CDS_ARCHIVE (app-cds.jsa) the archive's name in DIR. Its keys are made up here: it
# serves no one, and it writes no data beyond Flyway's migrations, which an empty database gets as on any first
# start.
set -euo pipefail
dir=$1
shift
: "${DB_URL:?app-cds.sh needs DB_URL (jdbc:postgresql://host:port/db), DB_USER and DB_PASSWORD}"
cd "$dir"
[ -f quarkus-run.jar ] || { echo "app-cds.sh: no quarkus-run.jar in $dir" >&2; exit 1; }
# The fast-jar's manifest names the boot jars alone and its main class is QuarkusEntryPoint, the other layout's
# AotQuarkusEntryPoint. (The manifest is compressed: it takes unzip to read it.)
if ! command -v unzip > /dev/null; then
  echo "app-cds.sh: no unzip here to check the layout: the app must be packaged with" \
    "quarkus.package.jar.aot.enabled=true" >&2
elif ! unzip -p quarkus-run.jar META-INF/MANIFEST.MF | grep -q '^Main-Class: .*AotQuarkusEntryPoint'; then
  echo "app-cds.sh: $dir is the default fast-jar, whose classes an archive cannot hold:" \
    "package with quarkus.package.jar.aot.enabled=true (application.properties sets it)" >&2
  exit 1
fi
port=${APP_CDS_PORT:-18380}
management_port=${APP_CDS_MANAGEMENT_PORT:-18390}
archive=${APP_CDS_ARCHIVE:-app-cds.jsa}
rm -f "$archive"
log=app-cds.log

# The HTTP status of GET $2 on local port $1 (bash's /dev/tcp: the image has no curl); 000 when nothing answers.
status() {
  local code=000
  if exec 3<>"/dev/tcp/127.0.0.1/$1"; then
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n' "$2" >&3
    read -r _ code _ <&3 || code=000
    exec 3<&- 3>&-
  fi
  echo "$code"
}

# A small heap after the given options, so compressed object pointers are on as in any container of up to 32 GB:
# an archive made with them off is refused by a JVM with them on (and the build machine may have more memory).
key=training-only-$RANDOM$RANDOM-0123456789abcdef0123456789  # four keys apart, as the app's settings ask
env SESSION_KEY="session-$key" LETTER_KEY="letter-$key" STAFF_KEY="staff-$key" PIN_KEY="pin-$key" \
  QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management_port" MINSIDE_STAGE_JOB_CRON=off \
  MINSIDE_PLANS_JOB_CRON=off MINSIDE_AUDIT_SEAL_EVERY=off MINSIDE_AUDIT_CHECK_EVERY=off \
  MINSIDE_AUDIT_FULL_CHECK_CRON=off \
  java "$@" -Xmx256m -XX:ArchiveClassesAtExit="$archive" -jar quarkus-run.jar > "$log" 2>&1 &
pid=$!
ready=
for _ in $(seq 1 600); do
  if [ "$(status "$management_port" /q/health/ready 2>/dev/null)" = 200 ]; then ready=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$ready" ]; then
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "app-cds.sh: the training run did not get ready: see $dir/$log" >&2
  exit 1
fi
# The pages anyone sees first (the login page, a redirect to it, a page that is not there, the style sheet), and
# what the orchestrator and Prometheus ask for: their classes are loaded and go into the archive too.
for _ in 1 2 3; do
  for path in /login / /cases /no-such-page /css/main.css; do status "$port" "$path" > /dev/null 2>&1 || true; done
  for path in /q/health/live /q/metrics /q/openapi; do status "$management_port" "$path" > /dev/null 2>&1 || true; done
done
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
[ -s "$archive" ] || { echo "app-cds.sh: the JVM wrote no archive: see $dir/$log" >&2; exit 1; }
# The archive must load: -Xshare:on fails where the default (auto) would start without it, slower, with a warning.
java "$@" -Xmx256m -XX:SharedArchiveFile="$archive" -Xshare:on -cp quarkus-run.jar -version >> "$log" 2>&1 \
  || { echo "app-cds.sh: the JVM does not load $dir/$archive: see $dir/$log" >&2; exit 1; }
echo "app-cds.sh: $(( $(wc -c < "$archive") / 1048576 )) MB archive $dir/$archive"

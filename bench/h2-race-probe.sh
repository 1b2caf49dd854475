#!/usr/bin/env bash
# Race probe on embedded H2 through the persistence adapter alone (not part of the test run): 32
# threads write 4 file rows for SECONDS (default 40) and every failure other than a refused stale
# write is counted (org.privatefiles.adapter.jdbc.H2RaceProbe). Arguments (optional): the H2 URL
# settings (default: production's), true/false for H2StoreCompaction with H2DurableCommits.
# Environment: SECONDS_RUN (default 40), SKIP_BUILD.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. "$ROOT/bench/lib/adapter-jdbc-tests.sh"
adapter_jdbc_test_classpath
SETTINGS="${1:-$(sed -n 's/.*H2_SETTINGS = "\([^"]*\)".*/\1/p' adapter-jdbc/src/main/java/org/privatefiles/adapter/jdbc/JdbcPersistence.java)}"
java -cp "$CP" org.privatefiles.adapter.jdbc.H2RaceProbe "$SETTINGS" "${2:-true}" "${SECONDS_RUN:-40}"

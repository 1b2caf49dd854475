#!/usr/bin/env bash
# A local S3 endpoint for trying the S3 store (and for bench/s3-transfer.sh): s3proxy 4.1.0, taken
# from Maven like everything else, on 127.0.0.1, keeping objects under a folder, with one bucket made.
# It uses the access key in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, as private-files will.
#   examples/s3proxy.sh BUCKET [PORT (9000)] [FOLDER (./data-s3)]
# Runs in the foreground until stopped; prints "ready" on stderr once the bucket exists.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bucket=${1:?usage: examples/s3proxy.sh BUCKET [PORT] [FOLDER]}
port=${2:-9000}
folder=$(mkdir -p "${3:-./data-s3}" && cd "${3:-./data-s3}" && pwd)
: "${AWS_ACCESS_KEY_ID:?set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY}" "${AWS_SECRET_ACCESS_KEY:?}"

classpath="$here/adapter-s3/target/s3proxy.classpath"
if [ ! -f "$classpath" ]; then
  echo "s3proxy.sh: resolving s3proxy from Maven (first run)" >&2
  (cd "$here" && mvn -B -q -pl adapter-s3 -am test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$classpath") 1>&2
fi

properties=$(mktemp)
logging=$(mktemp --suffix=.xml)
trap 'rm -f "$properties" "$logging"; kill "$proxy" 2>/dev/null || true' EXIT
trap 'exit 143' INT TERM
cat >"$logging" <<'LOGGING'
<configuration>
  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="STDERR"/></root>
</configuration>
LOGGING
cat >"$properties" <<PROPERTIES
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$AWS_ACCESS_KEY_ID
s3proxy.credential=$AWS_SECRET_ACCESS_KEY
jclouds.provider=filesystem-nio2
jclouds.identity=$AWS_ACCESS_KEY_ID
jclouds.credential=$AWS_SECRET_ACCESS_KEY
jclouds.filesystem.basedir=$folder
PROPERTIES

java ${S3PROXY_JAVA_OPTS:--Xmx512m} -Dlogback.configurationFile="$logging" -cp "$(cat "$classpath")" org.gaul.s3proxy.Main --properties "$properties" &
proxy=$!
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.5
done
# curl signs the payload hash only when given the header; an existing bucket (409) is fine.
status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" \
     --aws-sigv4 "aws:amz:us-east-1:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" "http://127.0.0.1:$port/$bucket")
case "$status" in
  200|409) ;;
  *) echo "s3proxy.sh: making bucket $bucket answered $status" >&2; exit 1 ;;
esac
echo "ready: s3proxy on http://127.0.0.1:$port, bucket $bucket, objects under $folder" >&2
wait "$proxy"

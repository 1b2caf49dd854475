# Shared by the bench scripts that run adapter-jdbc's test classes (source it; not run on its own).

# Builds adapter-jdbc's tests (unless SKIP_BUILD is set) and sets CP to their classpath; needs ROOT.
adapter_jdbc_test_classpath() {
  local out="$ROOT/bench/target"
  mkdir -p "$out"
  if [[ -z "${SKIP_BUILD:-}" ]]; then
    (cd "$ROOT" && mvn -B -q -o -pl adapter-jdbc -am test-compile dependency:build-classpath \
        -Dmdep.outputFile="$out/adapter-jdbc-test-classpath.txt" -DincludeScope=test >/dev/null)
  fi
  CP="$ROOT/adapter-jdbc/target/test-classes:$ROOT/adapter-jdbc/target/classes:$(cat "$out/adapter-jdbc-test-classpath.txt")"
}

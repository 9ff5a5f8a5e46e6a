#!/usr/bin/env bash
# The consumer check as a user's Maven build sees it: install UnionKit's artifacts into a local
# repository, then build consumer-it/ (its own pom, not a reactor module) against them and run it
# with `java --module-path ... --module io.github.unionkit.consumer/...`.
#
# Usage: consumer-it/run.sh            # installs into ~/.m2/repository, as `mvn install` does
#        UK_REPO=/tmp/uk-repo consumer-it/run.sh   # a separate local repository (downloads what it lacks)
#        UK_OFFLINE=1 ...                            # add -o when every dependency is already present
#
# The same check runs on every `./mvnw verify` without installing anything: examples'
# JpmsConsumerTest compiles these sources against the freshly built jars.
set -euo pipefail
cd "$(dirname "$0")/.."
args=(-B -q)
if [[ -n "${UK_REPO:-}" ]]; then args+=("-Dmaven.repo.local=${UK_REPO}"); fi
if [[ -n "${UK_OFFLINE:-}" ]]; then args+=(-o); fi
./mvnw "${args[@]}" install -DskipTests -pl union-bom,union-model,union-rules,union-io,union-testkit -am
./mvnw "${args[@]}" -f consumer-it/pom.xml package exec:exec

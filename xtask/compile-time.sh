#!/usr/bin/env bash
# The README's compile times: the debug build of one generated crate alone (its dependencies
# built first), for a document that gitlab-codegen and cargo-progenitor both read, and for
# gitlab-codegen's GitHub crate with every tag (the default) and with a few. Each crate is
# built, then `cargo clean -p` (the crate, and our models crate with it: progenitor puts its
# types in the one crate) and `/usr/bin/time cargo build -p` RUNS times; the median is printed.
# Measured by hand, NOT run in CI. Run `cargo xtask corpus` first (it downloads the documents)
# and build the release generator (`cargo build --release -p gitlab-codegen`).
#
#   TOOLS=/path/to/tools xtask/compile-time.sh [DOCUMENT]
#
# DOCUMENT defaults to oas-examples' schema-types.json, the largest document (21 operations)
# progenitor generates a crate from (see xtask/corpus-peers.sh). PROGENITOR=FILE names
# cargo-progenitor when it is not $TOOLS/bin/cargo-progenitor; RUNS=N (3) the runs per crate;
# GITHUB=0 leaves GitHub's crate out.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
CORPUS="${CORPUS_DIR:-$TARGET/corpus}"
DOCUMENT="${1:-$CORPUS/download/oas-examples/package/3.0/json/schema-types.json}"
GITHUB_DOCUMENT="$CORPUS/download/octokit-openapi/package/generated/api.github.com.json"
PROGENITOR="${PROGENITOR:-${TOOLS:?set TOOLS or PROGENITOR}/bin/cargo-progenitor}"
CODEGEN="$TARGET/release/gitlab-codegen"
RUNS="${RUNS:-3}"
OUT="$CORPUS/compile-time"
[ -f "$DOCUMENT" ] || { echo "no $DOCUMENT: run \`cargo xtask corpus\` first" >&2; exit 1; }
[ -x "$CODEGEN" ] || { echo "no $CODEGEN: cargo build --release -p gitlab-codegen" >&2; exit 1; }

# One workspace (with this workspace's toolchain and lock file as a start) and one target dir.
rm -rf "$OUT/crates"
mkdir -p "$OUT/crates"
cp "$ROOT/Cargo.lock" "$ROOT/rust-toolchain.toml" "$OUT/"
"$CODEGEN" --input "$DOCUMENT" --output "$OUT/crates/ours" --name ours \
  --runtime-path "$ROOT/crates/client-runtime" 2>"$OUT/ours.log"
"$PROGENITOR" progenitor -i "$DOCUMENT" -o "$OUT/crates/progenitor" -n progenitor -v 0.1.0 \
  >"$OUT/progenitor.log" 2>&1
members='"crates/ours", "crates/ours-models", "crates/progenitor"'
if [ "${GITHUB:-1}" != 0 ]; then
  "$CODEGEN" --input "$GITHUB_DOCUMENT" --output "$OUT/crates/github" --name github --tag-features \
    --runtime-path "$ROOT/crates/client-runtime" 2>"$OUT/github.log"
  members="$members, \"crates/github\", \"crates/github-models\""
fi
printf '[workspace]\nresolver = "2"\nmembers = [%s]\n' "$members" >"$OUT/Cargo.toml"
export CARGO_TARGET_DIR="$OUT/target"

# measure LABEL CRATES -- CARGO_BUILD_ARGS: the median of RUNS builds of the first crate after
# `cargo clean -p` of every crate in CRATES (a comma-separated list).
measure() {
  local label="$1" crates="$2"
  shift 3
  local clean=()
  for c in ${crates//,/ }; do clean+=(-p "$c"); done
  (cd "$OUT" && cargo build --quiet "$@")
  : >"$OUT/times.txt"
  for _ in $(seq "$RUNS"); do
    (cd "$OUT" && cargo clean --quiet "${clean[@]}" &&
      /usr/bin/time -a -o "$OUT/times.txt" -f "%e %U %S" cargo build --quiet "$@")
  done
  # Median by CPU time (user + sys), with that run's wall time.
  awk '{ print $2 + $3, $1 }' "$OUT/times.txt" | sort -n | awk -v label="$label" -v runs="$RUNS" \
    '{ cpu[NR] = $1; wall[NR] = $2 } END { m = int((NR + 1) / 2);
       printf "%s: %.1f s CPU (user + sys), %.1f s wall, median of %d\n", label, cpu[m], wall[m], runs }'
}

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "progenitor, $(basename "$DOCUMENT")" progenitor -- -p progenitor
measure "gitlab-codegen, $(basename "$DOCUMENT") (client and models)" ours,ours-models -- -p ours
if [ "${GITHUB:-1}" != 0 ]; then
  measure "gitlab-codegen, GitHub, default features (every tag)" github,github-models -- -p github
  measure "gitlab-codegen, GitHub, --no-default-features --features issues,pulls,users" \
    github,github-models -- -p github --no-default-features --features issues,pulls,users
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# The README's side-by-side: cargo-progenitor and openapi-generator's `rust` generator on the
# documents of `cargo xtask corpus` (run that first: it downloads them and writes
# target/corpus/results.tsv), then `cargo check` of what each generated, one workspace and one
# target dir per generator, and the time and peak memory of each on GitHub's description.
# Measured by hand, NOT run in CI (it installs and runs third-party generators).
#
#   cargo install cargo-progenitor --locked --root "$TOOLS"
#   python3 -m venv "$TOOLS/venv" && "$TOOLS/venv/bin/pip" install openapi-generator-cli
#   TOOLS=/path/to/tools xtask/corpus-peers.sh [--sample]
#
# --sample checks only GitHub's crate and the JSON documents of oas-examples (the YAML ones are
# mostly the same documents); without it every generated crate is checked.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${TOOLS:?set TOOLS to the directory holding bin/cargo-progenitor and venv/}"
CORPUS="${CORPUS_DIR:-${CARGO_TARGET_DIR:-target}/corpus}"
OUT="$CORPUS/peers"
SAMPLE="${1:-}"
RESULTS="$CORPUS/results.tsv"
[ -f "$RESULTS" ] || { echo "no $RESULTS: run \`cargo xtask corpus\` first" >&2; exit 1; }
PROGENITOR="$TOOLS/bin/cargo-progenitor"
OPENAPI_GENERATOR="$TOOLS/venv/bin/openapi-generator-cli"
mkdir -p "$OUT"

# generate GENERATOR NAME FILE DIR: runs one generator, prints "yes" or "no: last error line".
generate() {
  local log="$OUT/$1-$2.log"
  local status=0
  case "$1" in
    progenitor) timeout 600 "$PROGENITOR" progenitor -i "$3" -o "$4" -n "$2" -v 0.1.0 >"$log" 2>&1 || status=$? ;;
    openapi-generator) timeout 600 "$OPENAPI_GENERATOR" generate -g rust -i "$3" -o "$4" \
      --package-name "$2" >"$log" 2>&1 || status=$? ;;
  esac
  # A generator that exits 0 without a Cargo.toml did not generate a crate.
  if [ "$status" = 0 ] && [ -f "$4/Cargo.toml" ]; then
    echo yes
  else
    echo "no: $(grep -v '^\s*$' "$log" | tail -n 1 | cut -c1-100)"
  fi
}

for generator in progenitor openapi-generator; do
  work="$OUT/$generator"
  rm -rf "$work"
  mkdir -p "$work/crates"
  : >"$work/generated.tsv"
  tail -n +2 "$RESULTS" | while IFS=$'\t' read -r label path crate valid _; do
    verdict=$(generate "$generator" "$crate" "$path" "$work/crates/$crate")
    printf '%s\t%s\t%s\n' "$label" "$crate" "$verdict" >>"$work/generated.tsv"
    echo "$generator $label: $verdict" >&2
  done
  # The crates to check: every generated one, or the sample.
  {
    echo '[workspace]'
    echo 'resolver = "2"'
    echo 'members = ['
    awk -F'\t' -v sample="$SAMPLE" '$3 == "yes" && (sample != "--sample" || $2 == "github" || $1 ~ /\/json\//) { printf "    \"crates/%s\",\n", $2 }' "$work/generated.tsv"
    echo ']'
  } >"$work/Cargo.toml"
  # openapi-generator writes a [workspace]-less crate with tests that need no features; each
  # crate's own `[workspace]` table (progenitor writes none) would break the shared workspace.
  (cd "$work" && CARGO_TARGET_DIR="$work/target" cargo check --workspace --all-targets --keep-going \
    --message-format=json 2>"$work/check.stderr" >"$work/check.json") || true
  # Errors and warnings per crate (summary lines without spans are not counted).
  jq -r --arg crates "$(cd "$work" && pwd)/crates/" 'select(.reason == "compiler-message")
      | select(.manifest_path | startswith($crates))
      | select((.message.spans | length) > 0 or .message.code != null)
      | [(.manifest_path | ltrimstr($crates) | split("/")[0]), .message.level] | @tsv' \
    "$work/check.json" | sort | uniq -c >"$work/diagnostics.txt"
done

# Time and peak memory on GitHub's description.
github=$(awk -F'\t' '$3 == "github" { print $2 }' "$RESULTS")
measure() {
  /usr/bin/time -v "$@" >/dev/null 2>"$OUT/time.txt" || true
  printf '%s s, %s MB\n' "$(grep 'Elapsed (wall' "$OUT/time.txt" | awk '{print $NF}')" \
    "$(( $(grep 'Maximum resident' "$OUT/time.txt" | awk '{print $NF}') / 1024 ))"
}
echo "GitHub, gitlab-codegen (debug): $(measure "${CARGO_TARGET_DIR:-target}/debug/gitlab-codegen" \
  --input "$github" --output "$OUT/time-codegen" --name github)"
if [ -x "${CARGO_TARGET_DIR:-target}/release/gitlab-codegen" ]; then
  echo "GitHub, gitlab-codegen (release): $(measure "${CARGO_TARGET_DIR:-target}/release/gitlab-codegen" \
    --input "$github" --output "$OUT/time-codegen-release" --name github)"
fi
echo "GitHub, cargo-progenitor: $(measure "$PROGENITOR" progenitor -i "$github" -o "$OUT/time-progenitor" -n github -v 0.1.0)"
echo "GitHub, openapi-generator rust: $(measure "$OPENAPI_GENERATOR" generate -g rust -i "$github" \
  -o "$OUT/time-openapi-generator" --package-name github)"

for generator in progenitor openapi-generator; do
  work="$OUT/$generator"
  tried=$(wc -l <"$work/generated.tsv")
  generated=$(awk -F'\t' '$3 == "yes"' "$work/generated.tsv" | wc -l)
  checked=$(grep -c '"crates/' "$work/Cargo.toml" || true)
  dirty=$(awk '{print $2}' "$work/diagnostics.txt" | sort -u | wc -l)
  echo "$generator: $tried tried, $generated generated, $checked checked, $((checked - dirty)) without errors or warnings"
  echo "  per crate: $work/generated.tsv, $work/diagnostics.txt"
done

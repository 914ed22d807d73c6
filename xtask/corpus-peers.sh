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
# PROGENITOR=FILE and OPENAPI_GENERATOR=FILE name the two generators when they live elsewhere.
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
PROGENITOR="${PROGENITOR:-$TOOLS/bin/cargo-progenitor}"
OPENAPI_GENERATOR="${OPENAPI_GENERATOR:-$TOOLS/venv/bin/openapi-generator-cli}"
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
    # The reason: a panic's message (the line after "panicked at"), else the first error line,
    # else the last line (a backtrace's last line says nothing).
    local reason
    reason=$(grep -m1 -A1 'panicked at' "$log" | tail -n 1 || true)
    [ -n "$reason" ] || reason=$(grep -m1 -E '^(Error|error|Exception|\[main\] ERROR)' "$log" || true)
    [ -n "$reason" ] || reason=$(grep -v '^\s*$' "$log" | tail -n 1 || true)
    echo "no: $(printf '%s' "$reason" | tr '\t' ' ' | cut -c1-100)"
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
  # Errors and warnings per crate (summary lines without spans are not counted), and the crates
  # whose library cargo finished checking: a crate cargo could not even load (a manifest it cannot
  # read, a dependency that does not resolve) has no diagnostics and must not count as clean.
  crates_dir="$(cd "$work" && pwd)/crates/"
  jq -r --arg crates "$crates_dir" 'select(.reason == "compiler-message")
      | select(.manifest_path | startswith($crates))
      | select(.message.level == "error" or .message.level == "warning")
      | select((.message.spans | length) > 0 or .message.code != null)
      | [(.manifest_path | ltrimstr($crates) | split("/")[0]), .message.level] | @tsv' \
    "$work/check.json" | sort | uniq -c >"$work/diagnostics.txt"
  jq -r --arg crates "$crates_dir" 'select(.reason == "compiler-artifact")
      | select(.manifest_path | startswith($crates))
      | select(.target.kind | index("lib"))
      | .manifest_path | ltrimstr($crates) | split("/")[0]' \
    "$work/check.json" | sort -u >"$work/checked.txt"
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

# gitlab-codegen's counts, from the corpus run (every document generated; every crate checked,
# GitHub's with the tags that run was given).
awk -F'\t' 'NR > 1 { tried++; if ($5 == "yes") generated++; if ($6 == "0" && $7 == "0") clean++ }
  END { printf "gitlab-codegen: %d tried, %d generated, %d without errors or warnings\n", tried, generated, clean }' "$RESULTS"
for generator in progenitor openapi-generator; do
  work="$OUT/$generator"
  tried=$(wc -l <"$work/generated.tsv")
  generated=$(awk -F'\t' '$3 == "yes"' "$work/generated.tsv" | wc -l)
  checked=$(grep -c '"crates/' "$work/Cargo.toml" || true)
  # Clean: its library was checked and it has no error or warning.
  clean=$(awk '{print $2}' "$work/diagnostics.txt" | sort -u | comm -23 "$work/checked.txt" - | wc -l)
  echo "$generator: $tried tried, $generated generated, $checked checked, $clean without errors or warnings"
  echo "  per crate: $work/generated.tsv, $work/diagnostics.txt, $work/checked.txt"
done

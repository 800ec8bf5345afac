#!/usr/bin/env bash
# Lists the public API of the library modules (public and protected members of the public types in
# their exported packages, as javap shows them) and fails if it names an internal type, a Jackson
# type or a public mutator on an exception; a summary per module (types, members, PASS/FAIL) goes
# to stderr. Run after `./mvnw -B -o compile` (reads target/classes):
#
#   build/public-api.sh > target/public-api.txt
#
# Exported packages are read from each module's module-info.java when it has one, otherwise every
# package outside `internal`.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every published library module (what the release profile deploys, less sdk-bom, which has no code).
MODULES="sdk-core sdk-traffic sdk-utilities sdk-health sdk-marriage sdk-library sdk-social-insurance sdk-exit-entry
  sdk-testkit sdk-redis sdk-micrometer sdk-spring-boot-starter"

exported_packages() {
  local module=$1 info="$1/src/main/java/module-info.java"
  if [[ -f $info ]]; then
    # unqualified exports only: a package exported `to` the SDK's own modules is not public API
    sed -n 's/^[[:space:]]*exports[[:space:]]\+\([a-z0-9_.]\+\)[[:space:]]*;.*/\1/p' "$info"
  else
    (cd "$module/target/classes" && find io -name '*.class' -printf '%h\n') | sort -u | tr / . | grep -v '\.internal\(\.\|$\)'
  fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for module in $MODULES; do
  classes="$module/target/classes"
  [[ -d $classes ]] || { echo "missing $classes: compile first" >&2; exit 2; }
  echo "### $module"
  for package in $(exported_packages "$module"); do
    dir="$classes/${package//.//}"
    files=$(find "$dir" -maxdepth 1 -name '*.class' ! -name 'package-info.class' ! -name 'module-info.class' | sort)
    [[ -n $files ]] || continue
    # -protected: what a subclass outside the SDK sees too; javap skips non-public classes' members
    # but prints their headers, so keep only the blocks of public types.
    javap -protected -cp "$classes" $files \
      | awk '/^Compiled from/ {next} /^(public|protected) / && /(class|interface|enum|record) / {keep=1} /^(final |abstract )?(class|interface|enum) / {keep=0} keep {print}'
  done | tee "$work/$module"
done

# What must not be in a module's public API: an internal type (any module); a Jackson type (sdk-core
# and the service modules: users on Jackson 3 or Gson must not meet Jackson 2 there; the testkit's
# sandbox API is JSON trees on purpose); a public mutator on an exception (any module).
SERVICE_MODULES=" sdk-core sdk-traffic sdk-utilities sdk-health sdk-marriage sdk-library sdk-social-insurance sdk-exit-entry "
exception_mutators() { # javap listing: the setters and recorders declared in exception types
  awk '/^(public|protected) / && /(class|interface|enum|record) / {ex = ($0 ~ /Exception/)}
       ex && /^  / && /(recordCall|public void set[A-Z][A-Za-z0-9]*\()/ {print NR": "$0}' "$1"
}
status=0
summary=()
for module in $MODULES; do
  types=$(grep -cE '^(public|protected) .*(class|interface|enum|record) ' "$work/$module" || true)
  members=$(grep -cE '^  ' "$work/$module" || true)
  found=()
  if grep -nE '\.internal\.' "$work/$module" | sed "s/^/$module:/" >&2; then found+=("internal type"); fi
  if [[ $SERVICE_MODULES == *" $module "* ]] && grep -nE 'com\.fasterxml\.' "$work/$module" | sed "s/^/$module:/" >&2; then
    found+=("Jackson type")
  fi
  if [[ -n $(exception_mutators "$work/$module") ]]; then
    exception_mutators "$work/$module" | sed "s/^/$module:/" >&2
    found+=("exception mutator")
  fi
  if ((${#found[@]})); then
    echo "FAIL: $(IFS=,; echo "${found[*]}") in $module's public API (lines above)" >&2
    status=1
    summary+=("$(printf '%-24s %4d types %5d members  FAIL (%s)' "$module" "$types" "$members" "$(IFS=,; echo "${found[*]}")")")
  else
    summary+=("$(printf '%-24s %4d types %5d members  PASS' "$module" "$types" "$members")")
  fi
done
printf '%s\n' "${summary[@]}" >&2
exit $status

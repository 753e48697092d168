# Sourced by the bench scripts: builds attune at the git ref $1 in a temporary worktree under $2, with
# its own start-up archive as its bin/install would leave it, and prints the path of its bin/attune.
# The caller removes the worktree with: git worktree remove --force "$2/baseline"
build_baseline() {
  local ref=$1 work=$2
  git worktree add -q --detach "$work/baseline" "$ref" >&2
  (cd "$work/baseline" && ./mvnw -B -q package -DskipTests >/dev/null 2>&1 && sh bin/make-archive >/dev/null 2>&1) \
    || { echo "could not build $ref" >&2; return 1; }
  echo "$work/baseline/bin/attune"
}

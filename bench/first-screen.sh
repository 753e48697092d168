#!/usr/bin/env bash
# First-screen benchmark: time from spawning a command in a real terminal (tmux, 100x30) to its first
# screen being visible, for attune's title screen and for a select prompt made with the Node prompt
# libraries people know (@inquirer/prompts, @clack/prompts, enquirer, prompts), interleaved round by
# round so every contender sees the same machine. Prints medians and attune's ratio to the median of
# @inquirer/prompts and @clack/prompts (the target is <= 1.0).
# The Node peers are installed with npm into a temporary folder when missing; without the registry
# they are skipped with a message. Polling tmux adds the same few milliseconds to every figure.
# With BASELINE_REF, attune as built at that git ref (in a temporary worktree, with its own archive) runs
# in the same rounds, for before/after ratios.
# attune draws the title screen of a questionnaire it ran before from the title card it kept; the very
# first run of a questionnaire, which has none yet, is timed once on its own and printed apart.
# Usage: bench/first-screen.sh [ROUNDS] [BASELINE_REF]   (default 11 rounds, no baseline)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-11}
baseline=${2:-}
[ -f target/attune.jar ] || bin/install
. bench/baseline.sh
command -v tmux >/dev/null || { echo "needs tmux" >&2; exit 1; }

work=$(mktemp -d)
socket="attune-first-screen-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; git worktree remove --force "$work/baseline" 2>/dev/null; rm -rf "$work"' EXIT
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" LANG=C.UTF-8 TERM=xterm-256color

peers=${TMPDIR:-/tmp}/attune-bench-node-peers
contenders=("attune|$PWD/bin/attune run flourish-thrive|Enter begin")
if [ -n "$baseline" ]; then
  echo "building attune at $baseline ..." >&2
  contenders+=("attune@$baseline|$(build_baseline "$baseline" "$work") run flourish-thrive|Enter begin")
fi
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$peers/node_modules/@clack/prompts" ] || [ ! -d "$peers/node_modules/@inquirer/prompts" ] \
      || [ ! -d "$peers/node_modules/enquirer" ] || [ ! -d "$peers/node_modules/prompts" ]; then
    echo "installing the Node peers into $peers ..." >&2
    mkdir -p "$peers"
    npm install --prefix "$peers" --no-audit --no-fund --silent @inquirer/prompts @clack/prompts enquirer prompts >&2 \
      || echo "could not install the Node peers (is the npm registry reachable?); timing attune alone" >&2
  fi
  cat > "$peers/inquirer.mjs" <<'JS'
import { select } from '@inquirer/prompts';
await select({ message: 'Pick one', choices: [{ value: 'a', name: 'Alpha' }, { value: 'b', name: 'Beta' }] });
JS
  cat > "$peers/clack.mjs" <<'JS'
import { select } from '@clack/prompts';
await select({ message: 'Pick one', options: [{ value: 'a', label: 'Alpha' }, { value: 'b', label: 'Beta' }] });
JS
  cat > "$peers/enquirer.cjs" <<'JS'
const { Select } = require('enquirer');
new Select({ name: 'x', message: 'Pick one', choices: ['Alpha', 'Beta'] }).run().catch(() => {});
JS
  cat > "$peers/prompts.cjs" <<'JS'
const prompts = require('prompts');
prompts({ type: 'select', name: 'x', message: 'Pick one', choices: [{ title: 'Alpha' }, { title: 'Beta' }] });
JS
  for peer in inquirer:mjs clack:mjs enquirer:cjs prompts:cjs; do
    name=${peer%%:*}
    package=$name
    case $name in inquirer) package=@inquirer/prompts ;; clack) package=@clack/prompts ;; esac
    [ -d "$peers/node_modules/$package" ] && contenders+=("$package|node $peers/$name.${peer##*:}|Alpha")
  done
else
  echo "node or npm not found; timing attune alone" >&2
fi

now() { date +%s%N; }

# one spawn of one contender: milliseconds until its marker is on screen
time_once() {
  local command=$1 marker=$2 t0 elapsed
  tmux -L "$socket" kill-session -t bench 2>/dev/null || true
  t0=$(now)
  tmux -L "$socket" new-session -d -s bench -x 100 -y 30 "$command; sleep 30"
  until tmux -L "$socket" capture-pane -p -t bench | grep -qF "$marker"; do
    if [ $(( ($(now) - t0) / 1000000 )) -gt 10000 ]; then echo "no first screen after 10 s: $command" >&2; return 1; fi
    sleep 0.002
  done
  elapsed=$(( ($(now) - t0) / 1000000 ))
  tmux -L "$socket" kill-session -t bench
  echo "$elapsed"
}

# attune's first run of a questionnaire has no title card yet (see CHANGELOG): timed once on its own, untimed
# for the baseline, so every round after it is an everyday start
IFS='|' read -r _ command marker <<< "${contenders[0]}"
first_run=$(time_once "$command" "$marker")
if [ -n "$baseline" ]; then
  IFS='|' read -r _ command marker <<< "${contenders[1]}"
  time_once "$command" "$marker" > /dev/null
fi

for round in $(seq "$rounds"); do
  for i in "${!contenders[@]}"; do
    IFS='|' read -r _ command marker <<< "${contenders[$i]}"
    time_once "$command" "$marker" >> "$work/times-$i"
  done
  printf '.' >&2
done
echo >&2

median_of() { sort -n "$1" | sed -n "$(( ($(wc -l < "$1") + 1) / 2 ))p"; }
printf '%-20s %10s\n' "first screen ($rounds rounds)" "median ms"
declare -A medians
for i in "${!contenders[@]}"; do
  IFS='|' read -r name _ _ <<< "${contenders[$i]}"
  medians[$name]=$(median_of "$work/times-$i")
  printf '%-20s %10d\n' "$name" "${medians[$name]}"
done
printf '%-20s %10d   (one run: a questionnaire never run before, drawn once it is loaded)\n' "attune, first run" "$first_run"
if [ -n "$baseline" ]; then
  awk -v a="${medians[attune]}" -v b="${medians[attune@$baseline]}" -v r="$baseline" 'BEGIN { printf "attune / attune at %s: %.2f\n", r, a / b }'
fi
if [ -n "${medians[@inquirer/prompts]:-}" ] && [ -n "${medians[@clack/prompts]:-}" ]; then
  awk -v a="${medians[attune]}" -v i="${medians[@inquirer/prompts]}" -v c="${medians[@clack/prompts]}" \
    'BEGIN { peer = (i + c) / 2; printf "attune / median of @inquirer/prompts and @clack/prompts (%.0f ms): %.2f (target <= 1.00)\n", peer, a / peer }'
fi

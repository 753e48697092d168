#!/usr/bin/env bash
# Interactive session benchmark in a real terminal (tmux, 80x24):
#  - start-up: from launching 'bin/attune run flourish-thrive' to the first question on screen
#    (the welcome screen is confirmed as soon as it appears), median of RUNS runs (default 11);
#  - redraw: from a keystroke (Down) to the changed screen, median of 40 keystrokes.
# Polling tmux adds a few milliseconds to each figure, so they are upper bounds.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
[ -f target/attune.jar ] || bin/install
command -v tmux >/dev/null || { echo "needs tmux" >&2; exit 1; }

work=$(mktemp -d)
socket="attune-bench-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" LANG=C.UTF-8 TERM=xterm-256color
now() { date +%s%N; }
median() { sort -n | sed -n "$(( ($1 + 1) / 2 ))p"; }
pane() { tmux -L "$socket" capture-pane -p -t "$1"; }

starts=()
for i in $(seq "$runs"); do
  t0=$(now)
  tmux -L "$socket" new-session -d -s "s$i" -x 80 -y 24 "$PWD/bin/attune run flourish-thrive; sleep 60"
  until pane "s$i" | grep -qF "Enter begin"; do sleep 0.005; done
  tmux -L "$socket" send-keys -t "s$i" Enter
  until pane "s$i" | grep -qF "Question 1 of"; do sleep 0.005; done
  starts+=($(( ($(now) - t0) / 1000000 )))
  [ "$i" -lt "$runs" ] && tmux -L "$socket" send-keys -t "s$i" q
done

redraws=()
session="s$runs"
for _ in $(seq 40); do
  before=$(pane "$session" | grep -F "❯")
  t0=$(now)
  tmux -L "$socket" send-keys -t "$session" Down
  while [ "$(pane "$session" | grep -F "❯")" = "$before" ]; do :; done
  redraws+=($(( ($(now) - t0) / 1000 )))
done
echo "start to first question: median $(printf '%s\n' "${starts[@]}" | median "$runs") ms over $runs runs (${starts[*]})"
echo "redraw after a keystroke: median $(printf '%s\n' "${redraws[@]}" | median 40) us over 40 keystrokes"

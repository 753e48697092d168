#!/usr/bin/env bash
# End-to-end test of 'attune run' in a real terminal: tmux at a fixed size, keys sent as a person
# would type them, the screen read back. Run by LauncherSessionIT (./mvnw verify) after the jar is built.
# 1. Answers Flourish & Thrive with digits and arrows, goes back, changes an answer, reviews, finishes;
#    checks the screen and the saved result.
# 2. Starts again, answers five questions, kills the process with SIGKILL, resumes, and checks that
#    every earlier answer survived.
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v tmux >/dev/null || { echo "tmux is not installed (.ci/run installs it)" >&2; exit 1; }

work=$(mktemp -d)
socket="attune-e2e-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 TERM=xterm-256color
launcher="$PWD/bin/attune"

fail() { echo "FAIL: $*" >&2; echo "--- screen ---" >&2; screen >&2 || true; exit 1; }
current=""
screen() { tmux -L "$socket" capture-pane -p -t "$current"; }
history() { tmux -L "$socket" capture-pane -p -S -1000 -t "$current"; }
keys() { tmux -L "$socket" send-keys -t "$current" "$@"; }
# waits until the screen shows a text (fixed string), up to 20 s
wait_for() {
  for _ in $(seq 400); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.05
  done
  fail "the screen never showed: $1"
}
# each run gets its own tmux session, so the server never restarts between runs
runs=0
start() {
  runs=$((runs + 1))
  current="run$runs"
  tmux -L "$socket" new-session -d -s "$current" -x 80 -y 24 "$launcher $*; echo EXIT=\$?; sleep 600"
}
answer_file() { ls "$XDG_DATA_HOME"/attune/results/*.answers.yaml; }

# --- 1: a whole session, with back and a change from the review -------------------------------
start run flourish-thrive
wait_for "Enter begin"
keys Enter
wait_for "Question 1 of 33"
keys Down Down Down Enter                       # option 4 by arrows: "Mostly true"
wait_for "Question 2 of 33"
keys 2                                          # a digit picks directly
wait_for "Question 3 of 33"
keys Left                                       # back to question 2 ...
wait_for "Question 2 of 33"
screen | grep -qF "❯ 2  A little true" || fail "the earlier answer is not pre-selected"
keys 5                                          # ... and change it
wait_for "Question 3 of 33"
for n in $(seq 3 32); do
  keys 3
  wait_for "Question $((n + 1)) of 33"
done
keys Enter                                      # the optional notes: an empty Enter skips
wait_for "Check your answers"
screen | grep -qF "2. My work stretches me in ways I find interesting rather than" || fail "review lacks question 2"
keys Down Enter                                 # change answer 1 from the review
wait_for "Question 1 of 33"
keys 1
wait_for "Question 2 of 33"
keys Enter                                      # keeps "Completely true"
for n in $(seq 3 33); do
  wait_for "Question $n of 33"
  keys Enter                                    # keep every later answer
done
wait_for "Check your answers"
keys f
wait_for "EXIT=0"
history | grep -qF "RECOMMENDATION" || fail "no report on screen"
history | grep -qF "Flourish & Thrive" || fail "the report has no title"
screen | grep -qF "reflective aid" || fail "no closing note on screen"
grep -qx "  pg_learning: 1" "$(answer_file)" || fail "changed answer 1 was not saved: $(cat "$(answer_file)")"
grep -qx "  pg_challenge: 5" "$(answer_file)" || fail "changed answer 2 was not saved"
grep -qx "  we_admin: 3" "$(answer_file)" || fail "the last answer was not saved"
! grep -q "notes:" "$(answer_file)" || fail "the skipped notes were saved"
[ "$(stat -c %a "$(answer_file)")" = 600 ] || fail "the result is readable by others"
[ -z "$(ls -A "$XDG_STATE_HOME/attune/sessions")" ] || fail "a finished session was left to resume"
echo "ok - a whole session with arrows, digits, back, review and change"

# --- 2: killed mid-way, then resumed --------------------------------------------------------------
rm -f "$XDG_DATA_HOME"/attune/results/*
start run countertransference-check
wait_for "Enter begin"
keys Enter
wait_for "Please do not enter the client's name"
keys Enter                                      # the privacy note
wait_for "Question 1 of"
keys Enter                                      # skip the optional pseudonym
wait_for "I can see the world through"
keys 4 3 2 2                                    # four empathy answers
wait_for "I feel bored or switched off"
pkill -9 -f "attune.jar run countertransference-check" || fail "no attune process to kill"
wait_for "EXIT=137"
session=$(ls "$XDG_STATE_HOME"/attune/sessions/*.yaml)
grep -qx "  em_irritation: 1" "$session" || fail "answers before the kill were lost: $(cat "$session")"
start run countertransference-check --resume
wait_for "Welcome back: 4 answers are kept from before."
keys Enter
wait_for "I feel bored or switched off"
keys Left
wait_for "I feel irritated with this client."
screen | grep -qF "❯ 2  A little" || fail "a resumed answer is not pre-selected"
keys q
wait_for "EXIT=130"
screen | grep -qF "Resume with: attune resume" || fail "quitting does not say how to resume"
grep -qx "  em_their_eyes: 3" "$session" || fail "the first answer did not survive"
echo "ok - killed with SIGKILL mid-way and resumed with every earlier answer"

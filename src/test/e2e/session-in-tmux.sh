#!/usr/bin/env bash
# End-to-end test of 'attune run' in a real terminal: tmux at a fixed size, keys sent as a person
# would type them, the screen read back. Run by SessionInTmuxIT (./mvnw verify) after the jar is built.
# 1. Answers Flourish & Thrive at 80x24 with digits and arrows, goes back, changes an answer from the
#    review and lands back on it, reads the report in the full-screen view, and checks the summary left
#    in the shell and the saved result. The shell's cursor starts at the bottom: the title must still show.
# 2. Answers the self-of-therapist check at 100x30 so that an urgent flag fires; the flag and the
#    recommendation are on the final screen (printed at the end of this script's output).
# 3. Starts again, answers five questions, kills the process with SIGKILL, resumes, and checks that
#    every earlier answer survived.
# 4. kill -TERM, kill -INT and kill -HUP from outside: the terminal is given back (normal screen,
#    cursor shown, echo and canonical mode on) and the answers are kept.
# 5. Two sessions started in the same second keep their own answers; a session open in one window is
#    refused in another.
# 6. Title cards: a wrong card is drawn, then corrected on screen and replaced; keys typed meanwhile
#    leave nothing behind; Ctrl-C at several moments of the start, a terminal type without terminfo
#    and a questionnaire that turns out invalid after its card was drawn all give the terminal back.
# Only processes this script started are stopped, by their process id.
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v tmux >/dev/null || { echo "tmux is not installed (.ci/run installs it)" >&2; exit 1; }

work=$(mktemp -d)
socket="attune-e2e-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
  LANG=C.UTF-8 TERM=xterm-256color
launcher="$PWD/bin/attune"
sessions="$XDG_STATE_HOME/attune/sessions"

fail() { echo "FAIL: $*" >&2; echo "--- screen ---" >&2; screen >&2 || true; exit 1; }
current=""
screen() { tmux -L "$socket" capture-pane -p -t "$current"; }
keys() { tmux -L "$socket" send-keys -t "$current" "$@"; }
pane() { tmux -L "$socket" display-message -p -t "$current" "$1"; }
# waits until the screen shows a text (fixed string), up to 20 s
wait_for() {
  for _ in $(seq 400); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.05
  done
  fail "the screen never showed: $1"
}
# each run gets its own tmux session, so the server never restarts between runs; the launcher is
# started through 'exec', so the pid written to $work/pid.<run> is attune's own. The pane's shell traps
# SIGINT (its children still get the default), so a Ctrl-C that comes before Java handles it ends only
# that run, and the shell still prints EXIT= and the terminal's modes.
runs=0
start_sized() {
  local columns=$1 rows=$2
  shift 2
  runs=$((runs + 1))
  current="run$runs"
  tmux -L "$socket" new-session -d -s "$current" -x "$columns" -y "$rows" \
    "trap : INT; ${BEFORE:-true}; sh -c 'echo \$\$ > $work/pid.$current; exec $launcher $*'; echo EXIT=\$?; stty -a | tr ' ' '\n' | grep -qx -- '-echo' && echo NO-ECHO; stty -a | tr ' ' '\n' | grep -qx -- '-icanon' && echo NO-ICANON; sleep 600"
}
start() { start_sized 80 24 "$@"; }
pid() { cat "$work/pid.$current"; }
# after attune ended: no stack trace, and the terminal as it was (echo, line editing, normal screen, cursor)
terminal_given_back() {
  ! screen | grep -q "Exception" || fail "$1: an exception was printed"
  ! screen | grep -qE "NO-ECHO|NO-ICANON" || fail "$1 left the terminal without echo or line editing"
  [ "$(pane '#{alternate_on}')" = 0 ] || fail "$1 left the alternate screen on"
  [ "$(pane '#{cursor_flag}')" = 1 ] || fail "$1 left the cursor hidden"
}
answer_file() { ls "$XDG_DATA_HOME"/attune/results/*.answers.yaml; }
saved_sessions() { ls "$sessions"/*.yaml 2>/dev/null || true; }

# --- 1: a whole session, with back, a change from the review, and the report on screen ------------
BEFORE="seq 1 40" start run flourish-thrive
wait_for "Enter begin"
[ "$(screen | head -1)" = "Flourish & Thrive" ] || fail "the title is not on the top line"
keys q
wait_for "EXIT=130"
screen | grep -qF "nothing was saved" || fail "leaving at the title screen does not say nothing was saved"
[ -z "$(saved_sessions)" ] || fail "leaving at the title screen saved a session"

start run flourish-thrive
wait_for "Enter begin"
keys Enter
wait_for "Question 1 of 33"
screen | grep -qF "How your learning and your sense of competence are going." || fail "no section intro"
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
screen | grep -qF "Enter change" || fail "the review's key line is not on screen at 80x24"
keys Down Enter                                 # change answer 1 from the review
wait_for "Question 1 of 33"
keys 1
wait_for "Check your answers"                   # straight back to the review
screen | grep -qF "Not at all true" || fail "the review does not show the changed answer"
keys 3 3                                        # number jump to question 33 ...
wait_for "❯ 33."
keys Home                                       # ... and back to Finish
wait_for "❯ Finish and see the report"
keys f
wait_for "Your report"
screen | grep -qF "RECOMMENDATION" || fail "the recommendation is not on the report's first screen"
[ "$(pane '#{alternate_on}')" = 1 ] || fail "the report is not in the full-screen view"
keys End
wait_for "Your report (the end)"
screen | grep -qF "reflective aid" || fail "End does not reach the end of the report"
keys q
wait_for "EXIT=0"
screen | grep -qF "Recommendation: " || fail "the summary has no recommendation"
screen | grep -qF "See the whole report again: attune results show 1" || fail "the summary does not say how to see the report again"
grep -qx "  pg_learning: 1" "$(answer_file)" || fail "changed answer 1 was not saved: $(cat "$(answer_file)")"
grep -qx "  pg_challenge: 5" "$(answer_file)" || fail "changed answer 2 was not saved"
grep -qx "  we_admin: 3" "$(answer_file)" || fail "the last answer was not saved"
! grep -q "notes:" "$(answer_file)" || fail "the skipped notes were saved"
[ "$(stat -c %a "$(answer_file)")" = 600 ] || fail "the result is readable by others"
[ -z "$(saved_sessions)" ] || fail "a finished session was left to resume"
echo "ok - a whole session with arrows, digits, back, a change from the review and the report on screen"

# --- 2: an urgent flag at 100x30 ---------------------------------------------------------------------
rm -f "$XDG_DATA_HOME"/attune/results/*
start_sized 100 30 run countertransference-check
wait_for "Enter begin"
keys Enter
wait_for "Please do not enter the client's name"
keys Enter                                      # the privacy note
wait_for "Question 1 of"
keys R . Enter                                  # a pseudonym
wait_for "Question 2 of"
for _ in $(seq 60); do                          # the first option everywhere, up to the review
  screen | grep -qF "Check your answers" && break
  keys Enter
  sleep 0.15
done
wait_for "Check your answers"
keys 1 4                                        # question 14: is the client at risk?
wait_for "❯ 14. Is this client at risk of harming themselves"
keys Enter
wait_for "Is this client at risk of harming themselves or someone else?"
keys 2                                          # "Not sure" is taken seriously
wait_for "Check your answers"
keys f
wait_for "Your report"
screen | grep -qF "URGENT" || fail "the urgent flag is not on the report's first screen"
screen | grep -qF "Recommendation: Make sure the client" || fail "the recommendation is not on the report's first screen"
keys q
wait_for "EXIT=0"
screen | grep -qF "URGENT   You marked that this client may be at risk" || fail "the urgent flag is not on the final screen"
screen | grep -qF "Recommendation: Make sure the client" || fail "the recommendation is not on the final screen"
screen | grep -qF "Self-of-therapist check about one client · R. ·" || fail "the summary does not name the pseudonym"
final_screen=$(screen)
echo "ok - an urgent flag and the recommendation stay on the final screen"

# --- 3: killed mid-way, then resumed --------------------------------------------------------------
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
kill -KILL "$(pid)"
wait_for "EXIT=137"
session=$(saved_sessions)
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
rm -f "$sessions"/*.yaml
echo "ok - killed with SIGKILL mid-way and resumed with every earlier answer"

# --- 4: SIGTERM, SIGINT and SIGHUP from another shell give the terminal back ---------------------
# after a text question, whose line editor takes SIGINT over while it reads and must hand it back
for signal in TERM INT HUP; do
  start run countertransference-check
  wait_for "Enter begin"
  keys Enter
  wait_for "Please do not enter the client's name"
  keys Enter
  wait_for "Question 1 of"
  keys R Enter                                  # the pseudonym, through the line editor
  wait_for "I can see the world through"
  keys 4
  wait_for "I feel warmth or care"
  kill -"$signal" "$(pid)"
  case $signal in TERM) code=143 ;; INT) code=130 ;; HUP) code=129 ;; esac
  wait_for "EXIT=$code"
  screen | grep -qF "stopped by SIG$signal; every answer given is saved" || fail "SIG$signal gives no plain message"
  terminal_given_back "SIG$signal"
  grep -qx "  em_their_eyes: 3" "$(saved_sessions)" || fail "the answer before SIG$signal was lost: $(cat "$(saved_sessions)")"
  grep -qx "  pseudonym: R" "$(saved_sessions)" || fail "the pseudonym before SIG$signal was lost"
  rm -f "$sessions"/*.yaml
done
echo "ok - kill -TERM, kill -INT and kill -HUP leave stty sane and the alternate screen left"

# --- 5: two sessions started in the same second --------------------------------------------------
# both are started at once; should they straddle a second, they are stopped and started again
for attempt in 1 2 3; do
  start run flourish-thrive; first=$current
  start run flourish-thrive; second=$current
  current=$first; wait_for "Enter begin"; keys Enter; wait_for "Question 1 of 33"; keys 1; wait_for "Question 2 of 33"
  current=$second; wait_for "Enter begin"; keys Enter; wait_for "Question 1 of 33"; keys 5; wait_for "Question 2 of 33"
  [ "$(saved_sessions | wc -l)" = 2 ] || fail "two sessions did not get two files: $(saved_sessions)"
  if saved_sessions | grep -q -- "-2\.yaml$"; then break; fi
  [ "$attempt" = 3 ] && fail "three times the two sessions did not start in the same second: $(saved_sessions)"
  current=$first; keys q; wait_for "EXIT=130"
  current=$second; keys q; wait_for "EXIT=130"
  rm -f "$sessions"/*.yaml
done
grep -lx "  pg_learning: 1" $(saved_sessions) >/dev/null || fail "the first session lost its answer"
grep -lx "  pg_learning: 5" $(saved_sessions) >/dev/null || fail "the second session lost its answer"
start run flourish-thrive --resume
wait_for "EXIT=1"
screen | grep -qF "open in another attune window" || fail "a session open in another window was not refused"
current=$first; keys q; wait_for "EXIT=130"
current=$second; keys q; wait_for "EXIT=130"
grep -lx "  pg_learning: 1" $(saved_sessions) >/dev/null && grep -lx "  pg_learning: 5" $(saved_sessions) >/dev/null \
  || fail "a session lost its answers when the other stopped"
echo "ok - two sessions started in the same second keep their own answers; an open session is refused elsewhere"

# --- 6: title cards, drawn before the questionnaire is loaded --------------------------------------
cards="$XDG_CACHE_HOME/attune/title-cards"
card=$(grep -l "^id=flourish-thrive$" "$cards"/*.card) || fail "no title card was kept for flourish-thrive"
# a wrong card, longer than the truth on every line: drawn first (seen in what attune wrote), then nothing of it is left
wrong="An old title that is a good deal longer than the questionnaire's own"
sed -i "s/^title=.*/title=$wrong/; s/^description=.*/description=$(printf 'Old words %.0s' $(seq 30))/; s/^questions=.*/questions=99/" "$card"
BEFORE="sleep 1" start run flourish-thrive
tmux -L "$socket" pipe-pane -t "$current" -o "cat >> $work/written"
wait_for "Flourish & Thrive"
wait_for "Enter begin"
grep -qF "$wrong" "$work/written" || fail "the title card was not drawn before the questionnaire was loaded"
! screen | grep -qE "An old title|Old words|99 questions" || fail "a wrong title card left some of itself on screen"
keys q
wait_for "EXIT=130"
grep -qx "title=Flourish & Thrive" "$card" || fail "a wrong title card was not replaced: $(cat "$card")"
# keys typed while the title is drawn from its card (echoed then) leave nothing behind
start run flourish-thrive
keys x
wait_for "Enter begin"
sleep 0.3
[ "$(screen | head -1)" = "Flourish & Thrive" ] || fail "a key typed at the start shifted the title screen"
keys q
wait_for "EXIT=130"
# Ctrl-C at any moment of the start gives the terminal back
for delay in 0.05 0.1 0.15 0.2 0.25 0.3 0.4; do
  start run flourish-thrive
  sleep "$delay"
  keys C-c
  wait_for "EXIT="
  terminal_given_back "Ctrl-C $delay s after the start"
done
# a terminal type with no terminfo here: no title drawn early, and nothing left behind, also on a second run
for run in first second; do
  BEFORE="export TERM=xterm-attune-test" start run flourish-thrive
  wait_for "Enter begin"
  keys q
  wait_for "EXIT=130"
  terminal_given_back "the $run run on a terminal type without terminfo"
done
# the card of a questionnaire file that is invalid: drawn, then the usual message and the terminal given back
crc32c() {
  python3 -c 'import sys
crc = 0xFFFFFFFF
data = open(sys.argv[1], "rb").read()
for byte in data:
    crc ^= byte
    for _ in range(8):
        crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
print("%08x-%d.card" % (crc ^ 0xFFFFFFFF, len(data)))' "$1"
}
printf 'format: 1\nid: broken\ntitle: Broken\nestimatedMinutes: 1\nsections: [\n' > "$work/broken.yaml"
printf 'id=broken\ntitle=Broken\ndescription=\ninstructions=\nminutes=1\nquestions=1\n' > "$cards/$(crc32c "$work/broken.yaml")"
start run "$work/broken.yaml"
wait_for "EXIT=1"
screen | grep -qF "the questionnaire has problems, so the session was not started" || fail "an invalid questionnaire with a card was not reported"
terminal_given_back "an invalid questionnaire with a card"
echo "ok - title cards: a wrong one is corrected and replaced; an invalid questionnaire with one is reported as usual"

echo "--- final screen after a session with an urgent flag (100x30) ---"
echo "$final_screen"

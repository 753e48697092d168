# Sourced by the batch bench scripts: make_answers FOLDER N fills FOLDER with N answers files for the
# bundled countertransference check, copies of the test scenarios (valid for the current questionnaire,
# and varied) taken round-robin.
make_answers() {
  mkdir -p "$1"
  python3 - "$1" "$2" src/test/resources/scenarios/[0-9]*.yaml <<'PY'
import shutil, sys
folder, count, scenarios = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for n in range(count):
    shutil.copyfile(scenarios[n % len(scenarios)], f"{folder}/answers-{n:05d}.yaml")
PY
}

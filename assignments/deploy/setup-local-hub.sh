#!/usr/bin/env bash
# The system part of a one-machine JupyterHub for the followup-edu course. Run as root, after
# installing the project (see assignments/README.md, "Running the class on JupyterHub").
# Safe to run again: it creates what is missing and puts modes right, and never overwrites the
# course folder, the gradebook or anyone's work.
#
#   sudo FOLLOWUP_EDU_VENV=/opt/followup-edu/venv assignments/deploy/setup-local-hub.sh
#
# It reads the same environment variables as jupyterhub_config.py (see its docstring), plus
# FOLLOWUP_EDU_VENV, the Python environment the project is installed in.
set -euo pipefail

DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
COURSE_SRC="$(dirname "$DEPLOY")"
COURSE=followup-edu
GRADER="${FOLLOWUP_EDU_GRADER:-grader-$COURSE}"
ROSTER="${FOLLOWUP_EDU_ROSTER:-$DEPLOY/roster.csv}"
EXCHANGE="${FOLLOWUP_EDU_EXCHANGE:-/srv/nbgrader/exchange}"
JUPYTER_ETC="${FOLLOWUP_EDU_JUPYTER_ETC:-/etc/jupyter}"
STATE="${FOLLOWUP_EDU_HUB_STATE:-/srv/jupyterhub}"
VENV="${FOLLOWUP_EDU_VENV:-/opt/followup-edu/venv}"

say() { echo "[setup-local-hub] $*"; }
die() { echo "[setup-local-hub] $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run this as root (it creates accounts and sets folder modes)"
[ -x "$VENV/bin/jupyterhub" ] && [ -x "$VENV/bin/nbgrader" ] \
  || die "no jupyterhub and nbgrader in $VENV: install the project there first (pip install '.[hub]') or set FOLLOWUP_EDU_VENV"
command -v configurable-http-proxy >/dev/null \
  || die "configurable-http-proxy is missing: install Node.js and run 'npm install -g configurable-http-proxy'"
[ -f "$ROSTER" ] || die "no class list at $ROSTER"

# 1. nbgrader settings for everyone (course id, exchange).
mkdir -p "$JUPYTER_ETC"
install -m 0644 "$DEPLOY/nbgrader_config.global.py" "$JUPYTER_ETC/nbgrader_config.py"
say "nbgrader settings for everyone: $JUPYTER_ETC/nbgrader_config.py"

# 2. Accounts: the grader, then everyone on the class list. Every home is private (0700):
#    Debian's useradd makes them 0755, which lets any learner read everyone's work.
ensure_account() {
  local name="$1"
  if ! id -u "$name" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/bash "$name"
    say "created account $name (set a password with: passwd $name)"
  fi
  local home
  home="$(getent passwd "$name" | cut -d: -f6)"
  [ -d "$home" ] || die "$name has no home folder ($home)"
  chmod 0700 "$home"
}
ensure_account "$GRADER"

# The environment must work for every account, not just root: a venv of a Python kept under
# /root (pyenv's, for one) runs for others with the wrong standard library.
stdlib_of() { "$@" "$VENV/bin/python" -c 'import os, sys; import followup_edu, nbgrader; print(os.__file__, sys.version)' 2>&1; }
if [ "$(stdlib_of)" != "$(stdlib_of runuser -u "$GRADER" --)" ]; then
  die "$VENV does not work for the $GRADER account ($(stdlib_of runuser -u "$GRADER" -- | tail -1)); make it from a Python every account can read, e.g. /usr/bin/python3 -m venv $VENV"
fi
roster_rows() {  # username role first_name last_name email, tab-separated, header skipped
  "$VENV/bin/python" - "$ROSTER" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as fh:
    for r in csv.DictReader(fh):
        if (r.get("username") or "").strip():
            print("\t".join((r.get(k) or "").strip() for k in ("username", "role", "first_name", "last_name", "email")))
PY
}
while IFS=$'\t' read -r name role _rest; do
  case "$role" in instructor|learner) ;; *) die "$ROSTER: the role of $name must be instructor or learner";; esac
  ensure_account "$name"
done < <(roster_rows)
say "accounts ready; every home folder is 0700"

# 3. The course folder in the grader's home, from this checkout (only if it is not there yet).
GRADER_HOME="$(getent passwd "$GRADER" | cut -d: -f6)"
COURSE_DIR="$GRADER_HOME/$COURSE"
if [ ! -e "$COURSE_DIR" ]; then
  install -d -o "$GRADER" -g "$(id -gn "$GRADER")" -m 0700 "$COURSE_DIR"
  cp -r "$COURSE_SRC/nbgrader_config.py" "$COURSE_SRC/source" "$COURSE_DIR/"
  chown -R "$GRADER:$(id -gn "$GRADER")" "$COURSE_DIR"
  say "course folder: $COURSE_DIR (copied from $COURSE_SRC)"
else
  say "course folder: $COURSE_DIR (already there, left as it is)"
fi

# 4. The exchange: anyone may add to it, nobody may rename or delete what others made (sticky
#    bit), and the course's own folder belongs to the grader before any learner could make it.
mkdir -p "$EXCHANGE"
chown root:root "$EXCHANGE"
chmod 1777 "$EXCHANGE"
if [ ! -e "$EXCHANGE/$COURSE" ]; then
  runuser -u "$GRADER" -- mkdir -m 0755 "$EXCHANGE/$COURSE"
fi
owner="$(stat -c %U "$EXCHANGE/$COURSE")"
[ "$owner" = "$GRADER" ] || die "$EXCHANGE/$COURSE belongs to $owner, not $GRADER: move it away and run this again"
say "exchange: $EXCHANGE (1777), $EXCHANGE/$COURSE owned by $GRADER"

# 5. The class in the gradebook, with names, so the formgrader lists every student by name.
students="$(mktemp)"
trap 'rm -f "$students"' EXIT
echo "id,first_name,last_name,email" > "$students"
roster_rows | awk -F'\t' -v OFS=, '$2 == "learner" {print $1, $3, $4, $5}' >> "$students"
chmod 0644 "$students"
if ! out="$(cd "$COURSE_DIR" && runuser -u "$GRADER" -- env HOME="$GRADER_HOME" PATH="$VENV/bin:/usr/bin:/bin" \
     FOLLOWUP_EDU_EXCHANGE="$EXCHANGE" JUPYTER_CONFIG_PATH="$JUPYTER_ETC" \
     "$VENV/bin/nbgrader" db student import "$students" 2>&1)"; then
  echo "$out" | tail -5 >&2
  die "could not add the class list to the gradebook in $COURSE_DIR (nbgrader's messages above)"
fi
say "gradebook: $(($(wc -l < "$students") - 1)) students from $ROSTER"

# 6. The hub's own state (database, cookie secret): root only.
install -d -m 0700 "$STATE"
say "hub state: $STATE"
say "done. Start the hub: cd $STATE && $VENV/bin/jupyterhub -f $DEPLOY/jupyterhub_config.py"

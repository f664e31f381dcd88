#!/usr/bin/env bash
# Creates (or reuses) a virtualenv with the pinned moto that the Lambda tests run against, and
# prints its moto_server. Usage: MOTO_SERVER="$(.ci/moto-venv.sh)" cargo test --test lambda_moto
set -euo pipefail

MOTO_VERSION="5.2.5"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${root}/target/moto-venv"
python="${venv}/bin/python"

# Reuse the venv only when it already holds the pinned version.
if ! "${python}" -c "import moto, sys; sys.exit(moto.__version__ != '${MOTO_VERSION}')" 2>/dev/null \
    || [ ! -x "${venv}/bin/moto_server" ]; then
    rm -rf "${venv}"
    "${PYTHON:-python3}" -m venv "${venv}" >&2
    "${python}" -m pip install --quiet --disable-pip-version-check "moto[server]==${MOTO_VERSION}" >&2
fi

# stdout carries only the path, so the script can be used in $(...).
echo "${venv}/bin/moto_server"

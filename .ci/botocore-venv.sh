#!/usr/bin/env bash
# Creates (or reuses) a virtualenv with the pinned botocore that tests/botocore.rs compares
# against, and prints its python. Usage: BOTOCORE_PYTHON="$(.ci/botocore-venv.sh)" cargo test --test botocore
set -euo pipefail

BOTOCORE_VERSION="1.44.8"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${root}/target/botocore-venv"
python="${venv}/bin/python"

# Reuse the venv only when it already holds the pinned version; anything else is rebuilt, so a
# stale cache cannot make the comparison run against another botocore.
if ! "${python}" -c "import botocore, sys; sys.exit(botocore.__version__ != '${BOTOCORE_VERSION}')" 2>/dev/null; then
    rm -rf "${venv}"
    "${PYTHON:-python3}" -m venv "${venv}" >&2
    "${python}" -m pip install --quiet "botocore==${BOTOCORE_VERSION}" >&2
fi

# stdout carries only the path, so the script can be used in $(...).
echo "${python}"

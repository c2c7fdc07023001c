"""The benchmark scripts still run on the external gold (skipped without ../shared)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO, SHARED

pytestmark = pytest.mark.skipif(not (SHARED / "benchmarks").is_dir(),
                                reason="../shared/benchmarks is not beside the checkout")


@pytest.mark.parametrize(
    ("script", "args", "expected"),
    [
        ("tempeval3.py", ["--split", "TimeBank", "--limit", "2"], "strict F1"),
        ("casualties_gva.py", ["--limit", "4"], "killed"),
    ],
)
def test_benchmark_script_runs(script: str, args: list[str], expected: str) -> None:
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / script), *args],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert expected in result.stdout

"""Run whole processes in turn and report each one's wall time, CPU time and max RSS (JSON on
stdout).

    python benchmarks/alternate.py REPEATS '{"name": [argv...], ...}'

A separate small interpreter on purpose: Linux counts a child's pages from before ``exec`` in its
max RSS, and those are the parent's — so the parent must be smaller than what it measures. Each
command runs once to warm the file cache, then the commands run in turn ``REPEATS`` times (app,
floor, app, floor, …) so a load that comes and goes on a shared machine weighs on all of them.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time


def run(cmd: list[str]) -> tuple[float, int, float]:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        actions = [(os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
        start = time.perf_counter()
        pid = os.posix_spawn(cmd[0], cmd, dict(os.environ), file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)} failed: {err.read().decode()[-500:]}")
        return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def main() -> int:
    repeats = int(sys.argv[1])
    commands: dict[str, list[str]] = json.loads(sys.argv[2])
    for cmd in commands.values():
        run(cmd)
    out: dict[str, dict[str, list[float]]] = {
        name: {"s": [], "kib": [], "cpu": []} for name in commands}
    for _ in range(repeats):
        for name, cmd in commands.items():
            elapsed, rss, cpu = run(cmd)
            out[name]["s"].append(elapsed)
            out[name]["kib"].append(rss)
            out[name]["cpu"].append(cpu)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

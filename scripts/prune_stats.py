#!/usr/bin/python3
"""Stopgap: the RUN lines under test/Transforms/ still call this path. It runs
mlir_prune.stats (build/bin/prune-stats) with the same arguments; delete it
once those RUN lines call prune-stats instead."""
import os
import sys

PYTHON_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "python")
env = dict(os.environ)
env["PYTHONPATH"] = os.pathsep.join(p for p in (PYTHON_DIR, env.get("PYTHONPATH")) if p)
os.execve(sys.executable, [sys.executable, "-m", "mlir_prune.stats"] + sys.argv[1:], env)

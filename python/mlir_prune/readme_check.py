"""Run the shell commands of the README as written, in a temporary folder.

Every line of every ```sh block (continuation lines joined, comments dropped)
is run with bash in a fresh folder that looks like the repository to it:
`examples/`, `scripts/` and `python/` link to the repository, and `build/` is
a new folder whose `bin/` and `lib/` link to this build, so commands that
write under build/ leave both the repository and the build untouched. A
command that fails is reported with its output, and the check fails.

Commands that install or rebuild (scripts/demo.sh, scripts/test.sh) or
rewrite shipped files (prune-export-*) are not run; they are listed.

Usage: prune-check-readme [README.md] [--build DIR]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from mlir_prune import common

NOT_RUN = [
    (re.compile(r"^scripts/(demo|test)\.sh\b"), "installs and builds"),
    (re.compile(r"\bprune-export-"), "rewrites the shipped examples"),
]


def strip_comment(line):
    """`line` without a trailing `# comment` (outside quotes)."""
    quote = None
    for i, c in enumerate(line):
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i].rstrip()
    return line.rstrip()


def commands(readme_text):
    """The commands of the ```sh blocks, in order."""
    result, block = [], None
    for line in readme_text.splitlines():
        if block is None:
            if line.strip() == "```sh":
                block = []
            continue
        if line.strip() == "```":
            joined = ""
            for part in block:
                part = strip_comment(part)
                if not part:
                    continue
                if part.endswith("\\"):
                    joined += part[:-1].rstrip() + " "
                    continue
                result.append((joined + part.strip()).strip())
                joined = ""
            block = None
            continue
        block.append(line)
    return result


def sandbox(root, build):
    """A temporary folder that looks like the repository with `build`."""
    tmp = tempfile.mkdtemp(prefix="readme-check-")
    for name in ("examples", "scripts", "python"):
        os.symlink(os.path.join(root, name), os.path.join(tmp, name))
    os.mkdir(os.path.join(tmp, "build"))
    for name in ("bin", "lib"):
        os.symlink(os.path.join(build, name), os.path.join(tmp, "build", name))
    return tmp


def main(argv=None):
    parser = argparse.ArgumentParser(prog="prune-check-readme", description=__doc__.split("\n")[0])
    parser.add_argument("readme", nargs="?", default=os.path.join(common.ROOT, "README.md"))
    parser.add_argument("--build", default=common.build_dir())
    args = parser.parse_args(argv)

    with open(args.readme) as f:
        cmds = commands(f.read())
    tmp = sandbox(common.ROOT, os.path.abspath(args.build))
    failed = 0
    for cmd in cmds:
        reason = next((why for pattern, why in NOT_RUN if pattern.search(cmd)), None)
        if reason:
            print("not run (%s): %s" % (reason, cmd))
            continue
        start = time.time()
        run = subprocess.run(["bash", "-c", "set -eo pipefail; " + cmd], cwd=tmp,
                             capture_output=True, text=True)
        status = "ok" if run.returncode == 0 else "FAILED (exit %d)" % run.returncode
        print("%s %5.1fs: %s" % (status, time.time() - start, cmd))
        if run.returncode != 0:
            failed += 1
            sys.stdout.write(run.stdout[-2000:] + run.stderr[-2000:])
    if failed:
        print("%d of %d commands failed (their files are in %s)" % (failed, len(cmds), tmp))
        sys.exit(1)
    shutil.rmtree(tmp)
    print("all %d commands ran" % len(cmds))


if __name__ == "__main__":
    main()

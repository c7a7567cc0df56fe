#!/usr/bin/env python3
"""Where a build's CPU time goes, by process (Linux only; docs/building.md, "Build times").

    python3 releng/build-cpu-profile.py ./verify
    python3 releng/build-cpu-profile.py ./mvnw -B clean verify

Runs the command, samples /proc twice a second, and when it ends prints its wall time and the CPU
seconds (user + system) of every process it started, summed by what the process is: Maven itself,
a module's test JVM (by the module folder it runs in), a Maven integration build, Chromium,
Xvfb... The build's exit code is passed on. A process that lives less than half a second may be
missed; the total is therefore a lower bound (compare it with `time`).
"""
import collections
import os
import subprocess
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")
ROOT = os.getcwd()


def stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        text = f.read()
    rest = text[text.rindex(")") + 2:].split()
    return int(rest[1]), int(rest[11]) + int(rest[12])  # parent pid, utime + stime (ticks)


def label(pid):
    """What a process is: its program, and for a JVM the folder it runs in and its main class or jar."""
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        args = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
    if not args:
        return None
    cwd = os.path.relpath(os.readlink(f"/proc/{pid}/cwd"), ROOT)
    if "chrom" in args[0]:  # Chromium writes each child's whole command line into its first argument
        return "Chromium"
    program = os.path.basename(args[0])
    if program != "java":
        return program
    if "/target/it" in cwd:
        return "Maven integration builds (" + cwd.split("/target/")[0] + ")"
    main = next((os.path.basename(a) for a in reversed(args) if a.startswith("org.") or a.endswith(".jar")), "")
    if "classworlds" in main:
        return "Maven (" + cwd + ")"
    return "JVM in " + cwd + (" (surefire)" if any("surefire" in a for a in args) else " " + main)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    start = time.time()
    build = subprocess.Popen(sys.argv[1:])
    ours = {build.pid}
    seen = {}  # pid -> [label, ticks]
    while build.poll() is None:
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            pid = int(entry)
            try:
                parent, ticks = stat(pid)
                if pid not in ours and parent not in ours:
                    continue
                ours.add(pid)
                if pid not in seen:
                    name = label(pid)
                    if name is None:
                        continue
                    seen[pid] = [name, ticks]
                seen[pid][1] = max(seen[pid][1], ticks)
            except (OSError, ValueError):
                continue
        time.sleep(0.5)
    wall = time.time() - start
    total = collections.Counter()
    for name, ticks in seen.values():
        total[name] += ticks / HZ
    print(f"\nwall {wall:.0f} s; CPU of the processes seen {sum(total.values()):.0f} s", file=sys.stderr)
    for name, seconds in total.most_common(15):
        print(f"{seconds:8.1f} s  {name}", file=sys.stderr)
    sys.exit(build.returncode)


if __name__ == "__main__":
    main()

"""Timing for .ci/benchmark/run.sh: one command under /usr/bin/time -v, and medians."""
import os
import statistics
import re
import sys
import tempfile
import time


def timed(cmd, ok=(0,)):
    """One run under /usr/bin/time -v: wall (perf_counter), CPU user+sys (wait4's rusage of
    /usr/bin/time, which includes parity's, to the microsecond), peak RSS in MB (time -v)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t, tempfile.TemporaryFile() as err:
        argv = ["/usr/bin/time", "-v", "-o", t.name] + cmd
        actions = [(os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
        start = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
        report = t.read()
        code = os.waitstatus_to_exitcode(status)
        if code not in ok:
            err.seek(0)
            sys.exit("benchmark: %s exited %d:\n%s" % (" ".join(cmd), code, err.read().decode()[-2000:]))
    rss = float(re.search(r"Maximum resident set size \(kbytes\):\s*([0-9]+)", report).group(1)) / 1024
    return wall, usage.ru_utime + usage.ru_stime, rss


def medians(samples):
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))

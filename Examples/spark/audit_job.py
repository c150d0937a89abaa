#!/usr/bin/env python3
"""Audit a JSON Lines archive with claimcheck on Apache Spark.

    spark-submit audit_job.py [options] INPUT OUTPUT_DIR [-- CLAIMCHECK_ARGS...]

INPUT is one JSON Lines file (a local path or any Hadoop URI: hdfs://, s3a://, gs://, ...).
Each partition of it is streamed through one `claimcheck audit --jsonl - --output - --quiet`
process with RDD.pipe, and the result lines are written to OUTPUT_DIR with saveAsTextFile.
The part files, concatenated in partition order, hold one line per record in input order:
the same bytes as `claimcheck audit --jsonl INPUT --output - --quiet` run in one process.

Arguments after `--` go to `claimcheck audit` unchanged (`--lang ar`, `--reference-date
2026-03-01`, `--config .claimcheck.yaml`, `--fail-on warning`, ...). See README.md.
"""

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys

# Runs on the executors, in front of claimcheck. Arguments: how many candidate paths of the
# binary follow, the candidates, then claimcheck's arguments. It runs the first candidate that
# exists, and turns claimcheck's "completed" exit codes into 0 so that RDD.pipe's checkCode
# fails the task only when claimcheck did not finish its input:
#   0 no findings, 1 findings, 2 unreadable records (or a fatal setup error: the per-partition
#   line count catches that one) -> 0;  anything else (a crash, a signal, a usage error) -> kept.
WRAPPER = r"""
n=$1; shift
bin=
tried=
while [ "$n" -gt 0 ]; do
  if [ -z "$bin" ]; then
    case $1 in
      */*) if [ -f "$1" ]; then bin=$1; fi ;;
      *) bin=$(command -v "$1" 2>/dev/null) || bin= ;;
    esac
  fi
  tried="$tried $1"
  shift
  n=$((n - 1))
done
if [ -z "$bin" ]; then
  cat > /dev/null
  echo "audit_job: the claimcheck binary is not on executor $(uname -n); tried:$tried" >&2
  echo "audit_job: ship it with spark-submit --files (or --archives) or install it on every node" >&2
  exit 127
fi
if [ ! -x "$bin" ]; then
  dir=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck.XXXXXX") || exit 126
  trap 'rm -rf "$dir"' EXIT
  cp "$bin" "$dir/claimcheck" && chmod 755 "$dir/claimcheck" || exit 126
  bin=$dir/claimcheck
fi
errors=$(mktemp "${TMPDIR:-/tmp}/claimcheck-stderr.XXXXXX") || exit 126
"$bin" "$@" 2> "$errors"
status=$?
cat "$errors" >&2
if grep -q "cannot find the built-in Rules folder" "$errors"; then
  # claimcheck goes on without rules and finds nothing: fail rather than report clean articles.
  rm -f "$errors"
  echo "audit_job: claimcheck on $(uname -n) has no rules: pass --rules DIR (or ship share/claimcheck/Rules beside bin/claimcheck)" >&2
  exit 3
fi
rm -f "$errors"
case $status in
  0|1|2) exit 0 ;;
esac
echo "audit_job: $bin exited with status $status on $(uname -n)" >&2
exit "$status"
"""

# Options that make no sense inside a partition: the job owns input, output and reporting.
OWNED_OPTIONS = ("--jsonl", "--output", "--report", "--resume", "--progress", "--no-progress", "--quiet")

# The bytes claimcheck treats as blank (a line made only of them is skipped, but counted).
BLANK = " \t\n\x0b\x0c\r"

# claimcheck's id for a record without one, or for an unreadable line, read from stdin.
STDIN_ID = re.compile(r'^\{\s*"id"\s*:\s*"<stdin>:([0-9]+)"')


def json_string(s):
    """A JSON string literal escaped exactly as claimcheck's JSON writer escapes it."""
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20:
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def parse_arguments(argv):
    if "--" in argv:
        cut = argv.index("--")
        own, passed = argv[:cut], argv[cut + 1:]
    else:
        own, passed = argv, []
    parser = argparse.ArgumentParser(
        prog="audit_job.py",
        usage="spark-submit audit_job.py [options] INPUT OUTPUT_DIR [-- CLAIMCHECK_ARGS...]",
        description="Run `claimcheck audit` over a JSON Lines archive on Spark, one process per partition.")
    parser.add_argument("input", help="the JSON Lines archive: a local path or a Hadoop URI")
    parser.add_argument("output", help="output directory for the part files (must not exist)")
    parser.add_argument(
        "--claimcheck", default="claimcheck", metavar="PATH",
        help="the claimcheck binary: an absolute path present on every node, a file shipped with "
             "spark-submit --files/--archives (by name or relative path), or a name on PATH "
             "(default: claimcheck)")
    parser.add_argument(
        "--rules", metavar="DIR",
        help="the built-in Rules folder as seen by claimcheck on the executors (sets CLAIMCHECK_RULES; "
             "default: the driver's $CLAIMCHECK_RULES when set, else claimcheck's own lookup)")
    parser.add_argument(
        "--partitions", type=int, metavar="N",
        help="at least N partitions, i.e. N claimcheck processes (default: Spark's minimum for textFile)")
    parser.add_argument(
        "--name", metavar="NAME",
        help="name in the ids of records without an id and of unreadable lines, NAME:LINE "
             "(default: INPUT as given, as a single-process audit of it would write)")
    parser.add_argument(
        "--no-line-numbers", action="store_true",
        help="skip the counting pass: those ids stay <stdin>:LINE with LINE counted within the "
             "partition, and the per-partition line count check is not made")
    parser.add_argument(
        "--env", action="append", default=[], metavar="NAME=VALUE",
        help="extra environment variable for claimcheck (repeatable)")
    parser.add_argument("--log-level", default="WARN", help="Spark log level (default: WARN)")
    args = parser.parse_args(own)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    for option in passed:
        if option.split("=", 1)[0] in OWNED_OPTIONS:
            parser.error("%s is set by the job; leave it out of the claimcheck arguments" % option)
    for item in args.env:
        if "=" not in item or item.startswith("="):
            parser.error("--env takes NAME=VALUE, got %r" % item)
    args.claimcheck_args = passed
    return args


def has_option(arguments, name):
    return any(a == name or a.startswith(name + "=") for a in arguments)


def local_path(uri):
    """The local file system path of INPUT, or None for a URI of another file system."""
    if uri.startswith("file://"):
        return uri[len("file://"):]
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", uri) or uri.startswith("file:"):
        return None
    return uri


def nearest_configuration(path):
    """The .claimcheck.yaml a single-process audit of `path` would use (the nearest above it)."""
    folder = os.path.dirname(os.path.abspath(path))
    while True:
        candidate = os.path.join(folder, ".claimcheck.yaml")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def binary_candidates(value, shipped):
    """Where the executors look for claimcheck, in order (see --claimcheck)."""
    if os.path.isabs(value):
        return [value]
    candidates = []
    if shipped and os.path.exists(shipped):
        # Shipped with --files/--archives/addFile. In local mode the executors share the
        # driver's SparkFiles directory, which is where this path points.
        candidates.append(shipped)
    if os.path.exists(value):
        candidates.append(os.path.abspath(value))  # local mode, or a shared file system
    if "/" in value:
        # Relative to the executor's working directory: where YARN, Kubernetes and standalone
        # executors put the files and unpacked archives shipped with the job.
        candidates.append(value)
    else:
        candidates.append("./" + value)  # shipped with --files, on a cluster
        found = shutil.which(value)
        if found:
            candidates.append(os.path.abspath(found))  # on the driver's PATH
        candidates.append(value)  # on the executor's PATH
    unique = []
    for c in candidates:
        if c not in unique:
            unique.append(c)
    return unique


def executor_environment(args, sc):
    """RDD.pipe gives the process exactly this environment (nothing of the executor's own)."""
    env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "NO_COLOR": "1",
    }
    rules = args.rules or os.environ.get("CLAIMCHECK_RULES")
    if rules:
        if not os.path.isabs(rules) and os.path.exists(rules) and sc.master.startswith("local"):
            rules = os.path.abspath(rules)
        env["CLAIMCHECK_RULES"] = rules
    for item in args.env:
        name, value = item.split("=", 1)
        env[name] = value
    return env


def fail(message, status=2):
    print("audit_job: " + message, file=sys.stderr)
    sys.exit(status)


def preflight(candidates, env, audit_arguments):
    """In local mode the driver sees what the executors see: run the partitions' command on an
    empty input now, so that a missing binary, an old one without `audit`, bad claimcheck
    arguments or missing rules fail at once with claimcheck's own message."""
    for c in candidates:
        path = c if "/" in c else shutil.which(c, path=env["PATH"])
        if path and os.path.isfile(path):
            break
    else:
        fail("claimcheck binary not found (tried: %s); pass --claimcheck PATH" % ", ".join(candidates))
    if not os.access(path, os.X_OK):
        fail("%s is not executable" % path)
    probe = subprocess.run([path, "audit", "--help"], env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if probe.returncode != 0:
        fail("%s has no 'audit' command (is it an older claimcheck?)" % path)
    probe = subprocess.run([path] + audit_arguments, env=env, input=b"",
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    messages = probe.stderr.decode("utf-8", "replace").strip()
    for line in messages.splitlines():
        print("audit_job: claimcheck: " + line, file=sys.stderr)
    if probe.returncode != 0:
        how = ("killed by signal %d" % -probe.returncode if probe.returncode < 0
               else "exit status %d" % probe.returncode)
        fail("'%s' fails on an empty archive (%s)" % (shlex.join([path] + audit_arguments), how))
    if "cannot find the built-in Rules folder" in messages:
        fail("claimcheck finds no rules: pass --rules DIR or set CLAIMCHECK_RULES")


def main(argv):
    args = parse_arguments(argv)
    try:
        from pyspark import SparkConf, SparkContext, SparkFiles
    except ImportError:
        fail("pyspark is not installed: pip install pyspark==4.3.0", 3)

    sc = SparkContext.getOrCreate(SparkConf().setAppName("claimcheck audit"))
    sc.setLogLevel(args.log_level)
    try:
        run(sc, args, SparkFiles)
    finally:
        sc.stop()


def job_failed(error):
    """Reports a failed Spark job briefly: the useful line is buried in a Java stack trace."""
    lines_of_error = [line.strip() for line in str(error).splitlines()]
    reasons = [line for line in lines_of_error if "audit_job:" in line or "PIPE_FUNCTION_EXITED" in line]
    if not reasons:
        reasons = [line for line in lines_of_error if "Exception:" in line or "Error:" in line][:2]
    print("audit_job: the Spark job failed:", file=sys.stderr)
    for reason in dict.fromkeys(reasons):
        print("  " + reason[:500], file=sys.stderr)
    print("audit_job: claimcheck's own messages, if any, are on the executors' standard error",
          file=sys.stderr)
    sys.exit(1)


def run(sc, args, SparkFiles):
    hadoop = sc._jvm.org.apache.hadoop.fs
    out_path = hadoop.Path(args.output)
    out_fs = out_path.getFileSystem(sc._jsc.hadoopConfiguration())
    if out_fs.exists(out_path):
        fail("%s already exists; give a new output directory" % args.output)

    claimcheck_args = list(args.claimcheck_args)
    local_input = local_path(args.input)
    if local_input is not None and not os.path.exists(local_input) and sc.master.startswith("local"):
        fail("%s: no such file" % args.input)
    if not has_option(claimcheck_args, "--config") and local_input is not None and os.path.isfile(local_input):
        # On an executor claimcheck reads standard input from its own working directory, so it
        # would not find the .claimcheck.yaml beside the archive as a single-process run does.
        config = nearest_configuration(local_input)
        if config:
            claimcheck_args += ["--config", config]
    if not has_option(claimcheck_args, "--jobs"):
        # One claimcheck per task: give it the cores Spark reserved for the task, not the node's.
        claimcheck_args += ["--jobs", sc.getConf().get("spark.task.cpus", "1")]

    env = executor_environment(args, sc)
    try:
        shipped = SparkFiles.get(args.claimcheck)
    except Exception:
        shipped = None
    candidates = binary_candidates(args.claimcheck, shipped)
    audit_arguments = ["audit", "--jsonl", "-", "--output", "-", "--quiet"] + claimcheck_args
    if sc.master == "local" or sc.master.startswith("local["):  # not local-cluster[…]
        preflight(candidates, env, audit_arguments)

    # The wrapper travels in the environment so that the command in Spark's error messages
    # stays readable.
    env["AUDIT_JOB_WRAPPER"] = WRAPPER
    command = shlex.join(
        ["/bin/sh", "-c", 'eval "$AUDIT_JOB_WRAPPER"', "audit_job", str(len(candidates))] + candidates
        + audit_arguments)

    if args.partitions:
        lines = sc.textFile(args.input, minPartitions=args.partitions)
    else:
        lines = sc.textFile(args.input)

    # Counting pass: lines and records (non-blank lines) per partition. The lines give each
    # partition's first line number in the file; the records, how many output lines it owes.
    plan = None
    if not args.no_line_numbers:
        def count(iterator):
            total = records = 0
            for line in iterator:
                total += 1
                if line.strip(BLANK):
                    records += 1
            yield (total, records)
        try:
            plan = lines.mapPartitions(count).collect()
        except Exception as error:  # Py4JJavaError, e.g. an input that does not exist
            job_failed(error)
    name = args.name if args.name is not None else args.input

    def renumber_and_check(index, iterator):
        first = 0
        expected = None
        if plan is not None:
            first = sum(total for total, _ in plan[:index])
            expected = plan[index][1]
        written = 0
        for line in iterator:
            written += 1
            if plan is not None:
                match = STDIN_ID.match(line)
                if match:
                    number = first + int(match.group(1))
                    line = '{"id":' + json_string("%s:%d" % (name, number)) + line[match.end():]
            yield line
        if expected is not None and written != expected:
            raise RuntimeError(
                "audit_job: partition %d: claimcheck wrote %d lines for %d records; see its "
                "messages on the executor's standard error" % (index, written, expected))

    results = lines.pipe(command, env=env, checkCode=True).mapPartitionsWithIndex(renumber_and_check)
    try:
        results.saveAsTextFile(args.output)
    except Exception as error:  # Py4JJavaError
        job_failed(error)
    if plan is not None:
        print("audit_job: %d records in %d partitions -> %s"
              % (sum(r for _, r in plan), len(plan), args.output), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])

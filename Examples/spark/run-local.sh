#!/usr/bin/env bash
# Audits a JSON Lines archive with audit_job.py in Spark local mode, then joins the part files,
# in partition order, into one JSON Lines file: the same bytes as
#   claimcheck audit --jsonl ARCHIVE --output - --quiet
#
# usage: run-local.sh ARCHIVE.jsonl OUTPUT.jsonl [CLAIMCHECK_BINARY]
#
# Environment: PYTHON (default python3, must have pyspark), SPARK_MASTER (default local[2]),
# PARTITIONS (default 4), CLAIMCHECK_RULES (passed on to claimcheck), SPARK_LOCAL_IP.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 ARCHIVE.jsonl OUTPUT.jsonl [CLAIMCHECK_BINARY]" >&2
  exit 2
fi
archive=$1
output=$2
binary=${3:-claimcheck}
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}

if [ ! -f "$archive" ]; then
  echo "run-local.sh: $archive: no such file" >&2
  exit 2
fi
if ! "$python" -c 'import pyspark' 2>/dev/null; then
  echo "run-local.sh: pyspark is not installed for $python; install it with: pip install pyspark==4.3.0" >&2
  exit 3
fi
if [ -z "${JAVA_HOME:-}" ] && ! command -v java > /dev/null; then
  echo "run-local.sh: Spark needs Java 17 or newer: install a JDK or set JAVA_HOME" >&2
  exit 3
fi
spark_home=$("$python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')

work=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-spark.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Spark logs at INFO through log4j2 by default; keep errors only (the job's own messages and
# claimcheck's standard error are not log4j output and still show).
cat > "$work/log4j2.properties" << 'EOF'
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
# A failed task is logged, with its Java and Python traces, by each of these; audit_job.py
# prints the reason once when the job fails.
logger.executor.name = org.apache.spark.executor.Executor
logger.executor.level = off
logger.tasks.name = org.apache.spark.scheduler.TaskSetManager
logger.tasks.level = off
logger.utils.name = org.apache.spark.util.Utils
logger.utils.level = off
logger.writer.name = org.apache.spark.internal.io.SparkHadoopWriter
logger.writer.level = off
EOF

# Local mode needs no network name: without this Spark resolves the host name and may warn or
# bind to an address the sandbox does not route.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
export PYSPARK_PYTHON=${PYSPARK_PYTHON:-$python}
export PYSPARK_DRIVER_PYTHON=${PYSPARK_DRIVER_PYTHON:-$python}
export SPARK_HOME=$spark_home

"$spark_home/bin/spark-submit" \
  --master "${SPARK_MASTER:-local[2]}" \
  --conf spark.ui.enabled=false \
  --conf spark.ui.showConsoleProgress=false \
  --conf "spark.driver.extraJavaOptions=-Dlog4j2.configurationFile=file:$work/log4j2.properties" \
  "$here/audit_job.py" --log-level ERROR --partitions "${PARTITIONS:-4}" \
  --claimcheck "$binary" "$archive" "$work/out" >&2  # the driver's messages come out on stdout

if [ ! -f "$work/out/_SUCCESS" ]; then
  echo "run-local.sh: the Spark job did not complete ($work/out has no _SUCCESS)" >&2
  exit 1
fi
# part-00000, part-00001, …: numeric order is partition order (and stays so past 99999).
(cd "$work/out" && ls) | grep '^part-' | sort -t- -k2,2n > "$work/parts" || true
: > "$work/merged"
while IFS= read -r part; do
  cat "$work/out/$part" >> "$work/merged"
done < "$work/parts"
mv "$work/merged" "$output"
echo "run-local.sh: $(wc -l < "$output") lines from $(wc -l < "$work/parts") part files -> $output" >&2

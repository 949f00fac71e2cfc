# Shared by tools/kafka and tools/mongo: free ports, pid files, waiting, stopping.
# Everything a server writes (data, logs, pid) goes under $TUIJIN_SERVERS_DIR (default tmp/servers).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVERS_DIR="${TUIJIN_SERVERS_DIR:-$ROOT/tmp/servers}"

# A TCP port nobody listens on right now, on 127.0.0.1 (the OS picks it).
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# The classpath of a tools/*/pom.xml, resolved by Maven from Maven Central into ~/.m2 (cached after the first run).
maven_classpath() {
  local pom="$1" out="$2"
  if [ ! -s "$out" ] || [ "$pom" -nt "$out" ]; then
    mvn -q -B -Dstyle.color=never -f "$pom" dependency:build-classpath -Dmdep.outputFile="$out" > "$out.log" 2>&1 \
      || { cat "$out.log" >&2; return 1; }
  fi
  cat "$out"
}

# Waits until `file` contains `pattern`, or the process `pid` died, or `seconds` passed.
wait_for_log() {
  local file="$1" pattern="$2" pid="$3" seconds="$4" name="$5"
  local deadline=$((SECONDS + seconds))
  until grep -q "$pattern" "$file" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited during start-up; the end of $file:" >&2
      tail -n 30 "$file" >&2
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo "$name not ready after ${seconds}s; the end of $file:" >&2
      tail -n 30 "$file" >&2
      return 1
    fi
    sleep 0.5
  done
}

# Stops the process in a pid file (TERM, then KILL after `seconds`) and removes the file.
stop_pid_file() {
  local pid_file="$1" seconds="${2:-20}" name="$3"
  [ -f "$pid_file" ] || { echo "$name is not running (no $pid_file)"; return 0; }
  local pid
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    local deadline=$((SECONDS + seconds))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.3; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null; fi
    echo "$name stopped (pid $pid)"
  fi
  rm -f "$pid_file"
}

# Refuses to start a second copy: prints the running server's address and succeeds.
already_running() {
  local pid_file="$1" address_file="$2"
  [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null && [ -f "$address_file" ]
}

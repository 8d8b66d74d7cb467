# Shared by the test command (tests/run.sh), the load scripts, tests/lighthouse/run.sh and
# tests/screenshots/run.sh (sourced, not run): installing what they need from Debian and npm, the
# FRUS corpus, a free port, waiting for a site to answer, the rotating wrk script, and the
# workspace with the site started in it.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# install_missing COMMAND=PACKAGE...: installs each package whose command is not on PATH.
install_missing() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%=*}" >/dev/null || missing+=("${pair#*=}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== Installing from Debian: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

# npm_ci_tools FOLDER PACKAGE [NPM-ARGUMENTS...]: npm ci in a tools folder (a package.json and its
# lock file under tests/tools) whose node_modules lacks PACKAGE or is older than the lock file.
npm_ci_tools() {
    local folder=$1 package=$2
    shift 2
    if [ ! -d "$folder/node_modules/$package" ] || [ "$folder/package-lock.json" -nt "$folder/node_modules/.package-lock.json" ]; then
        echo "== npm ci ($folder)"
        npm ci --prefix "$folder" --no-audit --no-fund --loglevel=error "$@"
    fi
}

# unpack_frus FOLDER: unpacks the 22,029 FRUS records beside the checkout into FOLDER and prints
# the documents folder.
unpack_frus() {
    tar -xzf ../shared/corpus/frus-22k.tar.gz -C "$1"
    echo "$1/full"
}

# free_port FIRST: prints the first port from FIRST on on which nothing on loopback answers.
free_port() {
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

# wait_until_answers URL [SECONDS]: waits for URL to answer 2xx (a first build of a large corpus
# takes minutes); fails when it does not in time.
wait_until_answers() {
    local _
    for _ in $(seq 1 "${2:-900}"); do
        curl -sf -o /dev/null "$1" && return 0
        sleep 1
    done
    echo "$1 did not answer within ${2:-900} s" >&2
    return 1
}

# write_rotate_lua FILE: a wrk script that requests the addresses listed in its argument file in
# turn, each thread starting at a random one.
write_rotate_lua() {
    cat > "$1" <<'LUA'
local paths = {}
local n = 0
init = function(args)
  for line in io.lines(args[1]) do n = n + 1; paths[n] = line end
  counter = math.random(n)
end
request = function()
  counter = counter % n + 1
  return wrk.format("GET", paths[counter])
end
LUA
}

# open_workspace: a temporary folder ($work) for the site, its index and wrk's files, removed on
# exit with the site started in it ($server).
open_workspace() {
    work=$(mktemp -d)
    server=""
    trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null; fi; rm -rf "$work"' EXIT
}

# publish_site: publishes the site (Release) into $work/app, once per workspace.
publish_site() {
    [ -f "$work/app/ArchiveSite.Web.dll" ] && return
    echo "== publishing (Release)"
    dotnet publish src/ArchiveSite.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
}

# state: where the index and the version store live: $work, or ARCHIVESITE_LOAD_STATE when set, a
# folder kept between runs (build_index then reuses what is up to date, and a later run of the
# same build starts at once).
state() { echo "${ARCHIVESITE_LOAD_STATE:-$work}"; }

# build_index DOCUMENTS: builds the index, the version store and the lookup stores (cards, pages,
# related records) into $(state) with build-index, as a deployment does before it starts the site (start_site then
# reuses them); prints how long it took.
build_index() {
    publish_site
    echo "== build-index on $1"
    local started
    started=$(date +%s%N)
    (cd "$work/app" && dotnet ArchiveSite.Web.dll build-index \
        --Archive:DocumentsPath="$1" --Archive:IndexPath="$(state)/index" --Archive:VersionsPath="$(state)/versions") > "$work/build.log" 2>&1
    echo "built in $(( ($(date +%s%N) - started) / 1000000 )) ms; $(grep -ho 'Cards, pages and related records .*' "$work/build.log" || echo 'the lookup stores were up to date')"
}

# start_site PORT DOCUMENTS [ARGUMENTS...]: publishes the site (Release) into $work/app and starts it
# on loopback on DOCUMENTS, its index and version store in $work, its log in $work/server.log, and
# rate limits off (all the load comes from one address); sets $server.
start_site() {
    local port=$1 documents=$2
    shift 2
    publish_site
    echo "== starting on $documents"
    (cd "$work/app" && exec dotnet ArchiveSite.Web.dll --urls "http://127.0.0.1:$port" \
        --Archive:DocumentsPath="$documents" --Archive:IndexPath="$(state)/index" --Archive:VersionsPath="$(state)/versions" \
        --RateLimits:Enabled=false "$@") > "$work/server.log" 2>&1 &
    server=$!
}

# distinct_paths BASE DOCUMENTS: URLs the output cache has never seen, for issue 18's loads:
# $work/detail-paths, every permalink of the site at BASE in a shuffled order, and
# $work/search-paths, one- and two-word searches of words of 4+ letters found in at least 5 of
# the DOCUMENTS' files (the records' own vocabulary, so most find something), each URL once.
distinct_paths() {
    local base=$1 documents=$2
    served_paths "$base" | shuf --random-source=<(yes) > "$work/detail-paths"
    find "$documents" -type f -name '*.md' -print0 | xargs -0 cat | tr -cs 'A-Za-z' '\n' | awk 'length($0) >= 4' \
        | tr 'A-Z' 'a-z' | sort | uniq -c | awk '$1 >= 5 { print $2 }' | shuf --random-source=<(yes) > "$work/words"
    {
        sed 's|^|/search?q=|' "$work/words"
        paste -d+ "$work/words" <(shuf --random-source=<(yes yes) "$work/words") | awk -F+ '$1 != $2' | sed 's|^|/search?q=|'
    } | awk '!seen[$0]++' > "$work/search-paths"
}

# write_distinct_lua FILE: a wrk script walking the list named after -- (args: list, threads, first
# round) with each thread on its own stride, so no URL repeats; a list that runs out (or a run
# whose first round is not 0) asks again with round=N, which the pages ignore and the output cache
# does not; prints "wrapped N" when done. (No response callback: it would slow wrk itself.)
write_distinct_lua() {
cat > "$1" <<'LUA'
local threads = {}
local count = 0
setup = function(thread)
  count = count + 1
  thread:set("id", count)
  table.insert(threads, thread)
end
init = function(args)
  paths = {}
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  step = tonumber(args[2])
  base = tonumber(args[3])
  at = id - step
  wrapped = 0
end
request = function()
  at = at + step
  if at > #paths then at = id; wrapped = wrapped + 1 end
  local round = base + wrapped
  if round == 0 then return wrk.format("GET", paths[at]) end
  -- A later run, or a list that ran out, asks again with a query parameter the page ignores and
  -- the output cache does not (it varies by every parameter): still a URL it has never seen.
  local join = string.find(paths[at], "?", 1, true) and "&" or "?"
  return wrk.format("GET", paths[at] .. join .. "round=" .. round)
end
done = function(summary, latency, requests)
  local wraps = 0
  for _, thread in ipairs(threads) do wraps = wraps + thread:get("wrapped") end
  io.write(string.format("wrapped %d\n", wraps))
end
LUA
}

# write_status_lua FILE: a wrk script rotating through the paths of the file named after -- that
# counts every response's status (STATUS lines and a TOTALS line when done). With "distinct" and
# the thread count as its next arguments, thread k asks k, k+T, k+2T, ..., so no URL repeats
# (a list that runs out is asked again with round=N); otherwise it rotates from a random start.
write_status_lua() {
cat > "$1" <<'LUA'
-- Rotates through the paths of the file named after --, and counts every response's status.
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("id", #threads) end
function init(args)
  paths, n = {}, 0
  for line in io.lines(args[1]) do n = n + 1; paths[n] = line end
  statuses = {}
  -- "distinct": thread k asks k, k+T, k+2T, ... (T threads), so no URL repeats; else a rotation
  -- from a random start.
  step = args[2] == "distinct" and tonumber(args[3]) or 1
  counter = step > 1 and (id - step) or math.random(n)
  round = 0
end
function request()
  counter = counter + step
  if counter > n then counter = step > 1 and id or 1; round = round + 1 end
  if step == 1 or round == 0 then return wrk.format("GET", paths[counter]) end
  -- Distinct, and the list ran out: again with a parameter the pages ignore and the caches do not.
  local join = string.find(paths[counter], "?", 1, true) and "&" or "?"
  return wrk.format("GET", paths[counter] .. join .. "round=" .. round)
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do io.write(string.format("STATUS %d %d\n", status, count)) end
  local e = summary.errors
  io.write(string.format("TOTALS requests=%d connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, e.connect, e.read, e.write, e.timeout, e.status))
end
LUA
}

# served_paths BASE: every permalink the site at BASE serves (/documents/ID), in the API's order.
served_paths() {
    local base=$1 total
    total=$(curl -s "$base/api/documents?pageSize=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
    for page in $(seq 1 $(( (total + 99) / 100 ))); do
        curl -s "$base/api/documents?pageSize=100&page=$page" | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\/documents\/\1/'
    done
}

-- wrk script for bench/soak.py: rotate through real reader URLs (one per line
-- in $SOAK_PATHS), send a session cookie on every $SOAK_COOKIE_EVERY-th
-- request (so it skips every cache and reaches the database), and count
-- responses per status code across all threads.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("SOAK_PATHS")) do
    paths[#paths + 1] = line
  end
  cookie_every = tonumber(os.getenv("SOAK_COOKIE_EVERY") or "0")
  index = math.random(#paths)
  sent = 0
  counts = {}
end

function request()
  index = index % #paths + 1
  sent = sent + 1
  local headers = {}
  if cookie_every > 0 and sent % cookie_every == 0 then
    headers["Cookie"] = "sessionid=soak-no-such-session"
  end
  return wrk.format("GET", paths[index], headers)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for status, n in pairs(c) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status, n in pairs(total) do
    io.write(string.format("STATUS %d %d\n", status, n))
  end
  local e = summary.errors
  io.write(string.format("ERRORS connect=%d read=%d write=%d timeout=%d status=%d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
  io.write(string.format("REQUESTS %d\n", summary.requests))
  io.write(string.format("LATENCY p50=%.2f p99=%.2f max=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

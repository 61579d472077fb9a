-- wrk script for bench.sh: rotates over prepared requests, counts answers with another status than expected and,
-- given a rate, paces the requests to that rate (wrk has no fixed-rate mode of its own).
--   wrk -t2 -c16 -d15s -s rotate.lua http://127.0.0.1:18080 -- FILE EXPECTED_STATUS [RATE THREADS]
-- FILE has one request a line, tab-separated: METHOD, PATH, HEADERS ("Name: value" joined by "|", or "-") and
-- BODY ("-" for none; a body starting with "{" is sent as JSON, any other as a form). Each thread starts at its own
-- place in the file, so the sessions and cases are spread over the connections.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local clock = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local threads = {}
local started = 0

function setup(thread)
  started = started + 1
  thread:set("id", started)
  table.insert(threads, thread)
end

local requests = {}
local position = 1
-- What the requests say they accept, as a browser does (bench.sh: BENCH_ACCEPT_ENCODING; empty: no such header).
local accept_encoding = os.getenv("BENCH_ACCEPT_ENCODING") or ""
local expected = 200
local interval = nil -- ms between two requests of this thread when paced
local last_slot = 0
unexpected = 0
first_unexpected = 0

function init(args)
  expected = tonumber(args[2])
  local rate = tonumber(args[3] or "0")
  local thread_count = tonumber(args[4] or "1")
  for line in io.lines(args[1]) do
    local method, path, headers, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$")
    if method then
      local h = {}
      if headers ~= "-" then
        for header in headers:gmatch("[^|]+") do
          local name, value = header:match("^%s*([^:]+):%s*(.*)$")
          h[name] = value
        end
      end
      if accept_encoding ~= "" then
        h["Accept-Encoding"] = accept_encoding
      end
      if body == "-" then
        body = nil
      elseif body:sub(1, 1) == "{" then
        h["Content-Type"] = "application/json"
      else
        h["Content-Type"] = "application/x-www-form-urlencoded"
      end
      table.insert(requests, wrk.format(method, path, h, body))
    end
  end
  assert(#requests > 0, "no requests in " .. args[1])
  position = ((id - 1) * math.floor(#requests / thread_count)) % #requests + 1
  if rate > 0 then
    interval = 1000 * thread_count / rate
  end
end

function request()
  local r = requests[position]
  position = position % #requests + 1
  return r
end

function response(status, headers, body)
  if status ~= expected then
    unexpected = unexpected + 1
    if first_unexpected == 0 then
      first_unexpected = status
    end
  end
end

-- Paced: every request of this thread takes the next free slot on a fixed schedule; a thread that falls behind
-- does not catch up in a burst.
if os.getenv("BENCH_PACED") == "1" then
  function delay()
    local now = now_ms()
    local slot = math.max(now, last_slot + interval)
    last_slot = slot
    return slot - now
  end
end

function done(summary, latency, requests)
  local bad, first = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("unexpected")
    local f = thread:get("first_unexpected")
    if first == 0 and f ~= 0 then
      first = f
    end
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "unexpected=%d first_unexpected=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, bad, first, e.connect + e.read + e.write + e.timeout))
end

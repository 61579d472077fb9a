-- wrk script for the creditor intake (POST /api/v1/cases): every request a new case of one claim, with a creditor
-- reference of its own (thread, connection-free counter) and one of a few hundred valid national ids, so the
-- debtors repeat as they do in a creditor's batch. The API key comes from the environment: INTAKE_KEY.
local key = os.getenv("INTAKE_KEY")
local ids = {}
for line in io.lines(os.getenv("INTAKE_IDS")) do ids[#ids + 1] = line end
local counter = 0
local thread_tag

-- A tag per run and thread: Lua's random numbers start from the same seed in every wrk process, so a tag made
-- with them would repeat the warm-up's references, and the intake would answer those with the case it already has.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tag", string.format("%d-%d-%d", os.time(), math.floor(os.clock() * 1e6), threads))
end

function init(args)
  thread_tag = tag
end

function request()
  counter = counter + 1
  local id = ids[(counter % #ids) + 1]
  local body = string.format([[{"creditorReference":"load-%s-%d","debtor":{"kind":"CONSUMER","nationalId":"%s",
"name":"Kari Nordmann","address":{"street":"Storgata 1","postalCode":"0155","city":"Oslo"}},
"claims":[{"invoiceNumber":"%d","description":"Strøm","principal":"%d.50","dueDate":"2026-09-01"}]}]],
    thread_tag, counter, id, counter, 300 + counter % 2200)
  return wrk.format("POST", "/api/v1/cases", {["Content-Type"] = "application/json", ["X-Api-Key"] = key}, body)
end

function done(summary, latency, requests)
  io.write(string.format("intake: %d requests, %.0f/s, p50 %.1f ms, p99 %.1f ms, non-201 (all threads) %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status))
end

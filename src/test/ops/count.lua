-- wrk: counts the answers by status over all threads and prints one line at the end (two-instances.sh):
--   COUNT <requests tried> <answered 200> <failed: other statuses and socket errors> <statuses other than 200>
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, s502, s503, other = 0, 0, 0, 0
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1
  elseif status == 502 then s502 = s502 + 1
  elseif status == 503 then s503 = s503 + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local answered, bad502, bad503, bad = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    answered = answered + t:get("ok")
    bad502 = bad502 + t:get("s502")
    bad503 = bad503 + t:get("s503")
    bad = bad + t:get("other")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local failed = bad502 + bad503 + bad + socket
  io.write(string.format("COUNT %d %d %d 502:%d,503:%d,other:%d,socket:%d\n", answered + failed, answered, failed,
    bad502, bad503, bad, socket))
end

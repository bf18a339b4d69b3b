-- wrk script: POST check-ins round-robin over the key results named in KEY_RESULTS (comma-separated),
-- dated CHECK_IN_DATE, and count what the server acknowledged (201) and refused, over all threads.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  keys = {}
  for key in string.gmatch(os.getenv("KEY_RESULTS"), "[^,]+") do
    table.insert(keys, key)
  end
  date = os.getenv("CHECK_IN_DATE")
  token = os.getenv("TOKEN")
  organization = os.getenv("ORGANIZATION") or "calder"
  next_key = id
  acknowledged = 0
  refused = 0
end

function request()
  next_key = next_key + 1
  local key = keys[(next_key % #keys) + 1]
  local value = 10 + (next_key % 50)
  local body = string.format('{"date": "%s", "value": %d, "confidence": 0.8}', date, value)
  return wrk.format("POST", "/api/organizations/" .. organization .. "/key-results/" .. key .. "/check-ins",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function response(status, headers, body)
  if status == 201 then
    acknowledged = acknowledged + 1
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local a, r = 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("acknowledged")
    r = r + thread:get("refused")
  end
  io.write(string.format("acknowledged: %d\nrefused: %d\n", a, r))
end

-- POST /api/claims: a new draft per request, each with its own
-- Idempotency-Key (run + thread id + counter; CPOR_BENCH_RUN tells apart
-- the wrk processes loading several servers at once).
-- thread_id is a global set per thread by setup().
local counter = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. os.getenv("CPOR_TOKEN"),
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d-%d", os.getenv("CPOR_BENCH_RUN") or "", os.time(), thread_id or 0, counter),
  }
  local body = string.format('{"claim_name":"Bench %d-%d","tenant_id":"6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10"}', thread_id or 0, counter)
  return wrk.format("POST", "/api/claims", headers, body)
end


-- POST /subscriptions with a fresh body each time; plan id, token and start date come from the environment.
local plan = os.getenv("BENCH_PLAN")
local token = os.getenv("BENCH_TOKEN")
local start = os.getenv("BENCH_START")
local counter = 0

function request()
  counter = counter + 1
  local body = string.format(
    '{"planId":"%s","quantity":%d,"startDate":"%s","address":{"recipient":"Bench %d","phone":"010-0000-0000","line1":"1 Pangyo-ro","postalCode":"13529"}}',
    plan, (counter % 5) + 1, start, counter)
  return wrk.format("POST", "/subscriptions",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")

-- POST /wallet/payments of 1 won to a shop, all from one wallet (the hot-wallet scenario).
local shop = os.getenv("BENCH_SHOP")
local token = os.getenv("BENCH_TOKEN")
local body = string.format('{"shopId":"%s","amount":{"amount":1,"currency":"KRW"},"reference":"hot wallet"}', shop)

function request()
  return wrk.format("POST", "/wallet/payments",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")

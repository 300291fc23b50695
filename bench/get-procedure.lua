-- GET /api/v1/procedures/{id} over a pool of procedures (ids.txt, one per line), each request another id.
local ids = {}
for line in io.lines(os.getenv("IDS") or "ids.txt") do ids[#ids + 1] = line end
local token = os.getenv("TOKEN")
request = function()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/api/v1/procedures/" .. id, {["Authorization"] = "Bearer " .. token})
end
dofile((os.getenv("BENCH") or ".") .. "/report.lua")

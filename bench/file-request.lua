-- POST /api/v1/requests: a complete Request (every item of Article 5(b), a copy of the Statement of Reasons).
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Content-Type"] = "application/json"
local counter = 0
-- Each run its own references (wrk's Lua would draw the same ones every run): a reference seen twice is a filing twice.
math.randomseed(os.time())
request = function()
  counter = counter + 1
  local body = '{"capacity":"USER","platformName":"Streamly","platformReference":"bench-' .. math.random(1e9) .. '-' .. counter
    .. '","platformCorrespondenceEmail":"alice@concord.example","matter":"COPYRIGHT","restrictions":["VISIBILITY"],'
    .. '"description":"Streamly removed my recording of a song I wrote myself.","remedy":"Reinstate it",'
    .. '"domicile":"FR","submitsToJurisdiction":true,"otherProceedings":"None","noIchsDecision":true,'
    .. '"annexes":[{"kind":"STATEMENT_OF_REASONS","filename":"sor.txt","content":"U3RhdGVtZW50IG9mIFJlYXNvbnM="}]}'
  return wrk.format(nil, nil, nil, body)
end
dofile((os.getenv("BENCH") or ".") .. "/report.lua")

-- GET the URL given to wrk in signed-in sessions: $COOKIES holds one Cookie header per session, separated by "|"
-- (bench/sign-in.py); each wrk thread takes the next one, so that -t4 -c4 is four connections, each its own session.
local cookies = {}
for c in string.gmatch(os.getenv("COOKIES"), "[^|]+") do table.insert(cookies, c) end
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("cookie", cookies[(threads - 1) % #cookies + 1])
end
function init(args)
  wrk.headers["Cookie"] = cookie
end
dofile((os.getenv("BENCH") or ".") .. "/report.lua")

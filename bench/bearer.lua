-- GET the URL given to wrk with the API token of $TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
dofile((os.getenv("BENCH") or ".") .. "/report.lua")

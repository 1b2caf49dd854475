-- wrk: retrieves spread over the 200 orgs of seed.sql (orgs 2-201, user = org + 10, file = FILES + org),
-- each request with its own org's token. FILES comes from the environment.
local files = tonumber(os.getenv("FILES"))
local tokens = {}
for line in io.lines(os.getenv("TOKENS_FILE")) do
    local user, token = line:match("(%d+) (%x+)")
    tokens[tonumber(user)] = token
end
request = function()
    local org = math.random(2, 201)
    return wrk.format("GET", "/api/orgs/" .. org .. "/private_files/" .. (files + org) .. "/",
        { ["Authorization"] = "Token " .. tokens[org + 10] })
end

done = function(summary, latency, requests)
    io.write(string.format("percentiles p50=%.2fms p95=%.2fms p99=%.2fms\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end

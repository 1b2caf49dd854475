-- wrk: prints the latency percentiles the bench reports (wrk's own --latency has no p95).
done = function(summary, latency, requests)
    io.write(string.format("percentiles p50=%.2fms p95=%.2fms p99=%.2fms\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end

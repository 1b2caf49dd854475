"""Helper of slow-clients.sh: N uploads that send their body at 1 byte/s while /health and a list are polled."""
import asyncio
import collections
import sys
import time

host, port, org, token = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
uploads, duration = int(sys.argv[5]), float(sys.argv[6])
boundary = "slowb0undary"
part = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file_contents\"; filename=\"slow.bin\"\r\n"
        "Content-Type: application/octet-stream\r\n\r\n")


async def slow_upload(statuses, finished_after):
    start = time.monotonic()
    try:
        reader, writer = await asyncio.open_connection(host, port)
    except OSError as e:
        statuses["connect failed"] += 1
        return
    head = (f"POST /api/orgs/{org}/private_files/ HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: 100000\r\n\r\n")
    writer.write(head.encode())
    await writer.drain()

    async def trickle():
        for byte in (part + "x" * 100000):
            await asyncio.sleep(1)
            writer.write(byte.encode())
            await writer.drain()

    sender = asyncio.ensure_future(trickle())
    try:
        line = await asyncio.wait_for(reader.readline(), timeout=duration + 60)
        statuses[line.decode(errors="replace").split(" ")[1] if line else "closed without answer"] += 1
        finished_after.append(time.monotonic() - start)
    except (asyncio.TimeoutError, OSError):
        statuses["no answer"] += 1
    finally:
        sender.cancel()
        writer.close()


async def poll(path, auth, latencies, statuses, stop, timeline=None):
    began = time.monotonic()
    while time.monotonic() < stop:
        start = time.monotonic()
        try:
            reader, writer = await asyncio.open_connection(host, port)
            headers = f"Authorization: Bearer {token}\r\n" if auth else ""
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n{headers}Connection: close\r\n\r\n".encode())
            await writer.drain()
            line = await asyncio.wait_for(reader.readline(), timeout=30)
            await reader.read()
            writer.close()
            statuses[line.decode(errors="replace").split(" ")[1] if line else "closed"] += 1
        except (asyncio.TimeoutError, OSError) as e:
            statuses[type(e).__name__] += 1
        latencies.append(time.monotonic() - start)
        if timeline is not None:
            second = int(start - began) // 5 * 5
            timeline[second] = max(timeline.get(second, 0), latencies[-1])
        await asyncio.sleep(0.2)


async def main():
    # Warm the server first (JIT, pools), so that what is measured is starvation, not a cold start.
    warm = {name: ([], collections.Counter()) for name in ("health", "list")}
    warm_stop = time.monotonic() + 5
    await asyncio.gather(poll("/health", False, *warm["health"], warm_stop),
                         poll(f"/api/orgs/{org}/private_files/", True, *warm["list"], warm_stop))
    print(f"warm-up (no slow uploads): max latency health {max(warm['health'][0]) * 1000:.0f} ms, "
          f"list {max(warm['list'][0]) * 1000:.0f} ms")
    stop = time.monotonic() + duration
    upload_statuses, finished_after = collections.Counter(), []
    polls = {name: ([], collections.Counter(), time.monotonic() + duration, {}) for name in ("health", "list")}
    tasks = [asyncio.ensure_future(slow_upload(upload_statuses, finished_after)) for _ in range(uploads)]
    pollers = [asyncio.ensure_future(poll("/health", False, *polls["health"])),
               asyncio.ensure_future(poll(f"/api/orgs/{org}/private_files/", True, *polls["list"]))]
    await asyncio.gather(*pollers)
    await asyncio.gather(*tasks)
    for name, (latencies, statuses, _, timeline) in polls.items():
        print(f"{name:8s} polls {len(latencies):4d}  max latency {max(latencies) * 1000:7.0f} ms  "
              f"median {sorted(latencies)[len(latencies) // 2] * 1000:5.0f} ms  statuses {dict(statuses)}")
        print("         max per 5 s from the start of the slow uploads (ms): "
              + " ".join(f"{s}s:{v * 1000:.0f}" for s, v in sorted(timeline.items())))
    done = sorted(finished_after)
    print(f"slow uploads {uploads}: statuses {dict(upload_statuses)}; answered after "
          f"median {done[len(done) // 2]:.1f} s, max {done[-1]:.1f} s" if done else f"slow uploads: {dict(upload_statuses)}")

asyncio.run(main())

"""Helper of db-outage.sh: light load (lists, retrieves, uploads, /health) with per-second status counts and max latency."""
import collections
import json
import sys
import threading
import time
import urllib.error
import urllib.request

base, org, token, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
marks_file = sys.argv[5]
files = f"{base}/api/orgs/{org}/private_files/"
stats = collections.defaultdict(lambda: {"statuses": collections.Counter(), "max": 0.0})
lock = threading.Lock()
start = time.monotonic()
boundary = "outageb0undary"


def request(method, url, body=None, content_type=None, auth=True):
    req = urllib.request.Request(url, data=body, method=method)
    if auth:
        req.add_header("Authorization", f"Bearer {token}")
    if content_type:
        req.add_header("Content-Type", content_type)
    began = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            status, payload = response.status, response.read()
    except urllib.error.HTTPError as e:
        status, payload = e.code, e.read()
    except OSError as e:
        status, payload = type(e).__name__, b""
    elapsed = time.monotonic() - began
    with lock:
        second = stats[int(began - start)]
        second["statuses"][status] += 1
        second["max"] = max(second["max"], elapsed)
    return status, payload


def upload(n):
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file_contents\"; filename=\"f{n}.txt\"\r\n"
            f"Content-Type: text/plain\r\n\r\nfile {n}\r\n--{boundary}--\r\n").encode()
    return request("POST", files, body, f"multipart/form-data; boundary={boundary}")


def worker(kind):
    n = 0
    known = None
    while time.monotonic() - start < seconds:
        n += 1
        if kind == "list":
            request("GET", files)
        elif kind == "health":
            request("GET", f"{base}/health", auth=False)
        elif kind == "upload":
            status, payload = upload(n)
            if status == 201:
                known = json.loads(payload)["id"]
        elif kind == "retrieve" and known is None:
            status, payload = request("GET", files + "?limit=1")
            if status == 200 and json.loads(payload):
                known = json.loads(payload)[0]["id"]
        elif kind == "retrieve":
            request("GET", f"{files}{known}/")
        time.sleep(0.25)


threads = [threading.Thread(target=worker, args=(k,)) for k in ("list", "health", "upload", "retrieve")]
for t in threads:
    t.start()
for t in threads:
    t.join()

marks = {}
with open(marks_file) as f:
    for line in f:
        name, at = line.split()
        marks[name] = float(at)
stopped_at = marks.get("stopped", 1e18) - marks["load"]
started_at = marks.get("started", 1e18) - marks["load"]
print(" sec  phase     max ms  statuses")
last_bad = None
outage_max = 0.0
for sec in sorted(stats):
    phase = "before" if sec < stopped_at else ("OUTAGE" if sec < started_at else "after")
    s = stats[sec]
    if phase == "OUTAGE":
        outage_max = max(outage_max, s["max"])
    if any(not (isinstance(k, int) and 200 <= k < 300) for k in s["statuses"]):
        last_bad = sec
    print(f"{sec:4d}  {phase:7s} {s['max'] * 1000:7.0f}  {dict(s['statuses'])}")
outage_statuses = collections.Counter()
for sec in stats:
    if stopped_at <= sec < started_at:
        outage_statuses.update(stats[sec]["statuses"])
print(f"during the outage: statuses {dict(outage_statuses)}, max latency {outage_max * 1000:.0f} ms")
if last_bad is not None and last_bad >= started_at:
    print(f"all 2xx again {last_bad + 1 - started_at:.1f} s after PostgreSQL was back")
else:
    print("all 2xx again at once after PostgreSQL was back")

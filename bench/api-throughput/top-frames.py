"""Summarises `jfr print --events jdk.ExecutionSample`: the share of samples per top frame, and per
first private-files frame on the stack (which of our code the CPU was spent under)."""
import collections
import re
import sys

text = open(sys.argv[1]).read()
events = text.split("jdk.ExecutionSample")[1:]
top = collections.Counter()
ours = collections.Counter()
for event in events:
    frames = re.findall(r"^\s+([\w$.<>]+)\(", event.split("stackTrace = [", 1)[-1], re.M)
    if not frames:
        continue
    top[frames[0]] += 1
    own = next((f for f in frames if f.startswith("org.privatefiles.")), "(no private-files frame)")
    ours[own] += 1
total = sum(top.values()) or 1
print(f"== JVM CPU samples: {total} ==")
print("-- top frames --")
for frame, n in top.most_common(15):
    print(f"{100 * n / total:5.1f}%  {frame}")
print("-- innermost private-files frame --")
for frame, n in ours.most_common(15):
    print(f"{100 * n / total:5.1f}%  {frame}")

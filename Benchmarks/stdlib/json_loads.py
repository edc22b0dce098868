# json.loads of a realistic document (objects with repeated keys, strings with escapes,
# numbers), plus a hook-driven decode.
import json

records = []
for i in range(2000):
    records.append({
        "id": i,
        "name": "user %d \"quoted\" é" % i,
        "score": i * 1.25 - 7.5,
        "active": i % 3 == 0,
        "tags": ["t%d" % (i % 7), "group-%d" % (i % 11), None],
        "address": {"street": "%d Main St\n" % i, "zip": "%05d" % (i * 7 % 100000), "geo": [i / 3.0, -i / 7.0]},
    })
text = json.dumps({"version": 3, "records": records})
pretty = json.dumps(records[:500], indent=2)

count = 0
for _ in range(15):
    count += len(json.loads(text)["records"])
    count += len(json.loads(pretty))
for _ in range(3):
    count += len(json.loads(text, object_pairs_hook=list))
print(count)

# json.dumps of a realistic document (nested dicts/lists, strings with escapes, ints, floats),
# compact, indented and sorted.
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
doc = {"version": 3, "records": records}

total = 0
for _ in range(15):
    total += len(json.dumps(doc))
    total += len(json.dumps(doc, ensure_ascii=False))
for _ in range(3):
    total += len(json.dumps(doc, indent=2, sort_keys=True))
print(total)

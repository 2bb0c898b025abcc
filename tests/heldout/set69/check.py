import json, os, datetime as dt, re, collections
arts=[json.loads(l) for l in open("articles.jsonl")]
ids={a["id"] for a in arts}
assert len(ids)==len(arts)==20
for a in arts:
    assert os.path.exists(f"articles/{a['id']}.txt"), a
    dt.date.fromisoformat(a["published"])
gold=[json.loads(l) for l in open("gold.jsonl")]
cnt=collections.Counter()
seen=set()
for g in gold:
    assert g["id"] in ids, g
    assert set(g)=={"id","show","season","kind","start","end","phrase"}
    assert g["kind"] in ("exact","window","tba")
    key=(g["id"],g["show"],g["season"]); assert key not in seen, key; seen.add(key)
    text=open(f"articles/{g['id']}.txt").read()
    assert g["show"].lower() in text.lower(), g["show"]
    pub=dt.date.fromisoformat([a for a in arts if a["id"]==g["id"]][0]["published"])
    if g["kind"]=="tba":
        assert g["start"] is None and g["end"] is None
    else:
        s=dt.date.fromisoformat(g["start"]); e=dt.date.fromisoformat(g["end"])
        assert s<=e and e>=pub, g
        if g["kind"]=="exact": assert s==e
        assert g["phrase"] in text, g["phrase"]
        m=re.match(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",g["phrase"])
        if m: assert s.strftime("%A")==m.group(1), g
    cnt[g["id"]]+=1
for a in arts:
    t=open(f"articles/{a['id']}.txt").read()
    print(a["id"],a["published"],len(t.split()),"words",cnt[a["id"]],"claims")
print("total",len(gold),"no-claim articles",[i for i in sorted(ids) if cnt[i]==0])

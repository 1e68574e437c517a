"""Benchmark of the known-originals index (not a test): build rate, query latency, memory, load.

Run: `.venv/bin/python bench/bench_originals.py --sizes 100000 1000000` (one core, pinned).
Indexes the real corpora (Reuters-21578, ISOT 2017, BBC: 22,257 originals) plus generated
documents up to each size, and measures, in the same run:
- build rate into the embedded store (read + normalise + shingle + MinHash + LSH + write),
- query latency p50/p99 over farm-style copies of real originals and over non-copies,
- resident memory and file bytes per original, and load time (with and without checksums),
- datasketch's plain `MinHashLSH` at default settings (threshold 0.9) as the baseline (at the
  smallest size only: at 1M it needs ~11 GB, FIELD_NOTES), with its recall on the same copies,
- the Redis store on the real corpora (a redis-server started here on a loopback port),
- MinHash per document: our numpy path vs datasketch vs rensa.
Generated documents draw words from the corpora's unigram distribution, so they collide less
than real news with each other: the real-corpus queries carry the realistic part of the load.
Writes bench/results/originals.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import pin_to_one_core, write_markdown
from originals.copies import KINDS, make_copy

from detector.config import load_settings
from detector.originals.corpora import default_sources, read_source
from detector.originals.filestore import load_index, write_index
from detector.originals.index import BuildReport, IndexBuilder, OriginalsIndex
from detector.originals.records import Original


def rss_mb() -> float:
    """Resident set size of this process, MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def real_corpus() -> list[Original]:
    data = load_settings().data_dir
    return [o for p in default_sources(data) for o in read_source(p) if isinstance(o, Original)]


def generated(n: int, corpus: list[Original], seed: int = 7):
    """`n` generated originals: unigram words of the corpus, real length distribution."""
    counts = Counter(w for o in corpus[:5000] for w in o.text.split())
    vocab = np.array(list(counts))
    p = np.array(list(counts.values()), dtype=np.float64)
    p /= p.sum()
    lengths = np.array([len(o.text.split()) for o in corpus])
    cdf = np.cumsum(p)
    cdf /= cdf[-1]
    rng = np.random.default_rng(seed)
    for i in range(n):
        k = int(rng.choice(lengths))
        words = vocab[np.minimum(np.searchsorted(cdf, rng.random(max(k, 20))), len(vocab) - 1)]
        yield Original(
            id=f"gen:{i}", url=f"corpus:gen/{i}", site="example.org", text=" ".join(words)
        )


def queries(corpus: list[Original], n: int) -> tuple[list[tuple[str, str]], list[str]]:
    """(copy text, source id) for `n` farm-style copies, and `n` non-copy pages."""
    rng = random.Random(11)
    headlines = [o.title for o in corpus if o.title]
    vocab = [w for o in corpus[:2000] for w in o.text.split()]
    long = [o for o in corpus if len(o.text.split()) >= 50]
    copies = []
    for i, o in enumerate(rng.sample(long, n)):
        copies.append(("\n".join(make_copy(KINDS[i % 4], o.text, rng, headlines, vocab)), o.id))
    ag = [o.text for o in read_source(load_settings().data_dir / "originals" / "ag_news_test.jsonl.gz")
          if isinstance(o, Original)]  # fmt: skip
    others = ["\n".join(ag[i * 8 : i * 8 + 8]) for i in range(n)]
    return copies, others


def build(size: int, corpus: list[Original], path: Path) -> tuple[BuildReport, float]:
    """Build an index of the real corpus plus generated documents; (report, CPU seconds).

    Neither the wall time nor the CPU time counts generating the synthetic documents."""
    builder = IndexBuilder()
    report = BuildReport()
    start = time.perf_counter()
    cpu = time.process_time()
    gen_seconds = gen_cpu = 0.0
    stream = generated(max(0, size - len(corpus)), corpus)
    builder.add_all(corpus[:size], report)
    while True:
        t, c = time.perf_counter(), time.process_time()
        batch = [next(stream, None) for _ in range(10_000)]
        batch = [b for b in batch if b is not None]
        gen_seconds += time.perf_counter() - t
        gen_cpu += time.process_time() - c
        if not batch:
            break
        builder.add_all(batch, report)
    arrays = builder.arrays()
    report.file_bytes = write_index(path, builder.params, arrays)
    report.seconds = time.perf_counter() - start - gen_seconds
    return report, time.process_time() - cpu - gen_cpu


def time_queries(
    index: OriginalsIndex, texts: list[str], cpu: list[float] | None = None
) -> list[float]:
    """Wall seconds per query (CPU seconds appended to `cpu` when given)."""
    out = []
    for text in texts:
        t, c = time.perf_counter(), time.process_time()
        index.match_text(text)
        out.append(time.perf_counter() - t)
        if cpu is not None:
            cpu.append(time.process_time() - c)
    return out


def query_round(index: OriginalsIndex, copies: list[tuple[str, str]], others: list[str]) -> dict:
    """One timed pass over every query: p50/p99 ms (wall and CPU), and the load average after."""
    cpu: list[float] = []
    t_copy = time_queries(index, [c for c, _ in copies], cpu)
    t_other = time_queries(index, others, cpu)
    # Share of queries that spent over 1 ms off the core (wall - CPU): a query that loses its
    # core to another job waits a scheduler tick or more, which is what the wall p99 shows.
    waited = float(np.mean(np.subtract(t_copy + t_other, cpu) > 1e-3))
    return dict(p50=pct(t_copy + t_other, 50), p99=pct(t_copy + t_other, 99),
                p50_cpu=pct(cpu, 50), p99_cpu=pct(cpu, 99), waited=waited,
                p50_copy=pct(t_copy, 50), p99_copy=pct(t_copy, 99),
                p50_other=pct(t_other, 50), p99_other=pct(t_other, 99),
                load=os.getloadavg()[0])  # fmt: skip


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values) * 1000, q))


def measure_load(path: Path, copies: list[tuple[str, str]], others: list[str]) -> dict:
    """In a fresh process: load time (checked / unchecked), RSS after load and queries."""
    code = f"""
import json, time, sys
sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r})
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'): return int(line.split()[1]) / 1024
import numpy, detector.originals.index as ix
from detector.originals.filestore import load_index
r0 = rss()
t = time.perf_counter(); store, _ = load_index({str(path)!r}, verify=False); t_fast = time.perf_counter() - t
r1 = rss()
index = ix.OriginalsIndex(store)
texts = json.loads(sys.stdin.read())
for text in texts: index.match_text(text)
r2 = rss()
t = time.perf_counter(); load_index({str(path)!r}, verify=True); t_check = time.perf_counter() - t
print(json.dumps(dict(load_unchecked=t_fast, load_checked=t_check, rss_base=r0, rss_load=r1 - r0, rss_queries=r2 - r0)))
"""
    texts = [c for c, _ in copies] + others
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True,
                         text=True, check=True)  # fmt: skip
    return json.loads(out.stdout)


def baseline_datasketch(corpus: list[Original], size: int, copies: list[tuple[str, str]],
                        others: list[str], our_index: OriginalsIndex) -> dict:  # fmt: skip
    """datasketch MinHashLSH (defaults) over the same signatures; MinHash cost from datasketch."""
    import pickle

    import xxhash
    from datasketch import MinHash, MinHashLSH

    sk = our_index.sketcher
    # MinHash cost the datasketch way (shingle strings, default sha1 hash, update_batch).
    sample = corpus[:1000]
    t = time.perf_counter()
    for o in sample:
        ws = o.text.lower().split()
        m = MinHash(num_perm=128)
        m.update_batch([" ".join(ws[i : i + 3]).encode() for i in range(max(1, len(ws) - 2))])
    ds_mh = (time.perf_counter() - t) / len(sample)
    perm = MinHash(num_perm=128).permutations
    t = time.perf_counter()
    for o in sample:
        ws = o.text.lower().split()
        m = MinHash(
            num_perm=128, hashfunc=xxhash.xxh32_intdigest, permutations=perm, scheme="affine32"
        )
        m.update_batch([" ".join(ws[i : i + 3]).encode() for i in range(max(1, len(ws) - 2))])
    ds_mh_shared = (time.perf_counter() - t) / len(sample)
    store = our_index.store
    lsh = MinHashLSH()  # threshold 0.9, 128 permutations: datasketch's defaults
    sigs = np.asarray(store.arrays.sigs[:size])
    gc.collect()
    r0 = rss_mb()
    t = time.perf_counter()
    for i in range(size):
        lsh.insert(i, MinHash(num_perm=128, hashvalues=sigs[i], scheme="affine32"))
    insert = (time.perf_counter() - t) / size
    mem = (rss_mb() - r0) * 2**20 / size
    ids = {store.meta(i)["id"]: i for i in range(min(size, len(corpus)))}
    hits = 0
    times = []
    for text, src in copies:
        s = sk.sketch(text)
        m = MinHash(num_perm=128, hashvalues=s.signature, scheme="affine32")
        t = time.perf_counter()
        found = lsh.query(m)
        times.append(time.perf_counter() - t)
        hits += ids.get(src, -1) in found
    for text in others:
        m = MinHash(num_perm=128, hashvalues=sk.sketch(text).signature, scheme="affine32")
        t = time.perf_counter()
        lsh.query(m)
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    blob = pickle.dumps(lsh, protocol=pickle.HIGHEST_PROTOCOL)
    t_dump = time.perf_counter() - t
    t = time.perf_counter()
    pickle.loads(blob)
    t_load = time.perf_counter() - t
    return dict(ds_minhash_ms=ds_mh * 1000, ds_minhash_shared_ms=ds_mh_shared * 1000,
                insert_ms=insert * 1000, build_rate=1 / (ds_mh + insert), mem_per_doc=mem,
                p50=pct(times, 50), p99=pct(times, 99), recall=hits / len(copies),
                pickle_mb=len(blob) / 1e6, pickle_load=t_load, pickle_dump=t_dump)  # fmt: skip


def minhash_paths(corpus: list[Original]) -> dict:
    """CPU ms per document: our numpy path (one at a time, and batched as a build does it),
    datasketch (shared perms), rensa (batched, same shingles)."""
    import rensa

    from detector.originals.index import IndexBuilder
    from detector.originals.sketch import Sketcher
    from detector.originals.text import shingle_hashes, tokens, word_hashes

    docs = [o.text for o in corpus[::10][:2000]]
    sk = Sketcher()
    t = time.process_time()
    for d in docs:
        sk.sketch(d)
    ours = (time.process_time() - t) / len(docs)
    step = IndexBuilder.BATCH
    t = time.process_time()
    for i in range(0, len(docs), step):
        sk.signatures(*sk.shingles_many([tokens(d) for d in docs[i : i + step]]))
    batched = (time.process_time() - t) / len(docs)
    t = time.process_time()
    sets = [np.unique(shingle_hashes(word_hashes(tokens(d)), 3)) for d in docs]
    shingling = (time.process_time() - t) / len(docs)
    t = time.process_time()
    for s in sets:
        sk.minhasher.signature(s)
    numpy_mh = (time.process_time() - t) / len(docs)
    mixed = sk.minhasher.mixed(np.concatenate(sets))
    counts = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    t = time.process_time()
    for i in range(0, len(sets), step):
        lo, hi = int(counts[:i].sum()), int(counts[: i + step].sum())
        sk.minhasher.signatures_of_runs(mixed[lo:hi], counts[i : i + step])
    numpy_runs = (time.process_time() - t) / len(docs)
    flat = np.concatenate(sets)
    offs = np.zeros(len(sets) + 1, dtype=np.uint64)
    offs[1:] = np.cumsum([len(s) for s in sets])
    t = time.process_time()
    rensa.RMinHash.digest_matrix_from_flat_token_hashes(flat, offs, 128, 1)
    rensa_mh = (time.process_time() - t) / len(docs)
    from detector.originals.minhash import datasketch_signature

    t = time.process_time()
    for s in sets[:300]:
        datasketch_signature(s)
    ds = (time.process_time() - t) / 300
    return dict(sketch_ms=ours * 1000, batched_sketch_ms=batched * 1000,
                shingling_ms=shingling * 1000, numpy_ms=numpy_mh * 1000,
                numpy_batched_ms=numpy_runs * 1000,
                rensa_ms=rensa_mh * 1000, datasketch_same_inputs_ms=ds * 1000,
                words=statistics.mean(len(d.split()) for d in docs))  # fmt: skip


def _all_cores() -> None:
    """In the redis-server child: undo this process's pinning (Redis gets the other core)."""
    os.sched_setaffinity(0, range(os.cpu_count() or 1))


def redis_figures(corpus: list[Original], copies, others, file_index_path: Path) -> dict:
    """Redis store on the real corpora: build rate, query p50/p99, agreement with the file store."""
    from detector.originals.index import open_index
    from detector.originals.redisstore import RedisStore

    binary = shutil.which("redis-server")
    if not binary:
        return {}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    workdir = tempfile.mkdtemp(prefix="bench-redis-")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", workdir,
                             "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)  # fmt: skip
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        file_index = open_index(file_index_path)
        url = f"redis://127.0.0.1:{port}/0"
        store = RedisStore.create(url, "bench", file_index.store.params, file_index.store.stop)
        import redis

        used0 = redis.Redis.from_url(url).info("memory")["used_memory"]
        t = time.perf_counter()
        added, _ = store.add_many(corpus)
        rate = added / (time.perf_counter() - t)
        used = redis.Redis.from_url(url).info("memory")["used_memory"] - used0
        index = OriginalsIndex(store)
        texts = [c for c, _ in copies] + others
        times = time_queries(index, texts)
        agree = sum(
            [m.id for m in index.match_text(x)] == [m.id for m in file_index.match_text(x)]
            for x in texts
        )
        return dict(rate=rate, p50=pct(times, 50), p99=pct(times, 99), agree=agree / len(texts),
                    mem_per_doc=used / added, n=added)  # fmt: skip
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--queries", type=int, default=500, help="copies (and as many non-copies)")
    parser.add_argument("--query-rounds", type=int, default=3,
                        help="times the query set is timed (figures: median over rounds)")  # fmt: skip
    parser.add_argument("--workdir", default=None)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-redis", action="store_true")
    parser.add_argument("--out", default=str(Path(__file__).parent / "results" / "originals.md"))
    parser.add_argument("--query-only", metavar="INDEX", default=None,
                        help="only time the query rounds against an index file (a quiet-window "
                             "re-run of the query phase); prints JSON, writes nothing")  # fmt: skip
    args = parser.parse_args()
    pin_to_one_core()
    if args.query_only:
        corpus = real_corpus()
        copies, others = queries(corpus, args.queries)
        index = OriginalsIndex(load_index(args.query_only)[0])
        for _ in range(args.query_rounds):
            print(json.dumps(query_round(index, copies, others)), flush=True)
        return
    work = Path(args.workdir or tempfile.mkdtemp(prefix="bench-originals-"))
    corpus = real_corpus()
    copies, others = queries(corpus, args.queries)
    results: dict = {"minhash": minhash_paths(corpus), "sizes": {},
                     "query_rounds": args.query_rounds}  # fmt: skip
    print(json.dumps(results["minhash"]), flush=True)
    for size in args.sizes:
        path = work / f"originals-{size}.idx"
        load0 = os.getloadavg()[0]
        report, cpu_s = build(size, corpus, path)
        build_load = (load0, os.getloadavg()[0])
        store, _ = load_index(path)
        index = OriginalsIndex(store)
        ids = {store.meta(i)["id"]: i for i in range(min(size, len(corpus)))}
        found = sum(src in {m.id for m in index.match_text(c)} for c, src in copies)
        false = sum(bool(index.match_text(x)) for x in others)
        rounds = [query_round(index, copies, others) for _ in range(args.query_rounds)]
        quiet = min(rounds, key=lambda r: r["p99"])
        arr = store.arrays
        beyond = (arr.keys.nbytes + arr.key_docs.nbytes + arr.key_dir.nbytes + arr.sizes.nbytes
                  + arr.meta_blob.nbytes + arr.meta_offsets.nbytes) / len(arr.sizes)  # fmt: skip
        row = dict(n=len(arr.sizes), build_s=report.seconds, rate=report.added / report.seconds,
                   file_mb=report.file_bytes / 1e6, bytes_per_doc=report.file_bytes / len(arr.sizes),
                   beyond_sig=beyond, sig_bytes=arr.sigs.nbytes / len(arr.sizes),
                   key_dir_bytes=arr.key_dir.nbytes / len(arr.sizes),
                   **{k: statistics.median(r[k] for r in rounds) for k in rounds[0] if k != "load"},
                   rounds=rounds, quiet_p99=quiet["p99"], quiet_load=quiet["load"],
                   recall=found / len(copies), false_on_noncopies=false,
                   known=len(ids), cpu_rate=report.added / cpu_s, build_load=build_load)  # fmt: skip
        row.update(measure_load(path, copies, others))
        if not args.no_baseline and size == min(args.sizes):
            row["baseline"] = baseline_datasketch(corpus, size, copies, others, index)
        results["sizes"][size] = row
        print(json.dumps({size: row}), flush=True)
        del store, index, arr
        gc.collect()
    if not args.no_redis:
        smallest = work / f"originals-{min(args.sizes)}.idx"
        results["redis"] = redis_figures(corpus, copies, others, smallest)
        print(json.dumps({"redis": results["redis"]}), flush=True)
    (Path(args.out).with_suffix(".json")).write_text(json.dumps(results, indent=1))
    report_markdown(results, Path(args.out), len(copies))
    shutil.rmtree(work, ignore_errors=True) if not args.workdir else None


def report_markdown(results: dict, out: Path, n_queries: int) -> None:
    rows = []
    for size, r in results["sizes"].items():
        rows.append([f"embedded file, {int(size):,}", f"{r['cpu_rate']:,.0f} ({r['rate']:,.0f} wall)", f"{r['p50_cpu']:.2f} / {r['p99_cpu']:.2f} ({r['p50']:.2f} / {r['p99']:.2f} wall)",
                     f"{r['quiet_p99']:.2f} (load {r['quiet_load']:.1f})",
                     f"{r['beyond_sig']:.0f} B (+{r['sig_bytes']:.0f} B signature)",
                     f"{r['rss_queries'] * 2**20 / r['n']:.0f} B", f"{r['file_mb']:.0f} MB",
                     f"{r['load_unchecked'] * 1000:.0f} / {r['load_checked'] * 1000:.0f} ms",
                     f"{r['recall']:.3f}"])  # fmt: skip
        b = r.get("baseline")
        if b:
            rows.append([f"datasketch MinHashLSH() defaults, {int(size):,}", f"{b['build_rate']:,.0f}",
                         f"{b['p50']:.3f} / {b['p99']:.3f} (LSH only)", "-", f"{b['mem_per_doc']:.0f} B (RSS)",
                         "-", f"{b['pickle_mb']:.0f} MB pickle", f"{b['pickle_load'] * 1000:.0f} ms",
                         f"{b['recall']:.3f}"])  # fmt: skip
    red = results.get("redis")
    if red:
        rows.append([f"Redis store, {red['n']:,} (real corpora)", f"{red['rate']:,.0f}",
                     f"{red['p50']:.2f} / {red['p99']:.2f}", "-", f"{red['mem_per_doc']:.0f} B (Redis used_memory)",
                     "-", "-", "-", f"answers = file store on {red['agree']:.1%} of queries"])  # fmt: skip
    mh = results["minhash"]
    builds_load = ", ".join(
        f"{int(size):,}: {r['build_load'][0]:.1f} -> {r['build_load'][1]:.1f}"
        for size, r in results["sizes"].items()
    )
    notes = f"""
Build rate: originals per CPU-second of the one pinned core (in brackets: per wall-clock second,
which on this shared, overloaded machine includes waiting for the core) for normalise,
3-shingle, MinHash, LSH tables and the atomic write; reading the corpus files and generating the
synthetic documents are not counted (reading the gzip JSONL corpora costs about 0.09 ms more
per original). Query: ms per page for normalise,
shingle, MinHash, LSH lookup and verification, over {n_queries} farm-style copies of real
originals (wrapped in junk, cut, spun, reordered) and {n_queries} non-copy pages (AG news
descriptions, 8 per page). "Beyond signature": LSH keys and document numbers, shingle counts and
stored fields per original; "RSS" is resident growth of a fresh process after loading
(memory-mapped) and running every query. Load: unchecked / with every checksum verified.
Query times are CPU time of the pinned core (wall clock in brackets: on this overloaded
machine a query that loses its core for a scheduler slice shows up in the wall-clock p99),
medians over {results.get("query_rounds", 1)} rounds of every query; "quietest round" is the
round with the lowest wall p99 and the 1-minute load average after it.
Load average (2 cores) during the builds: {builds_load}.
Recall: share of copies whose source is among the verified matches (datasketch: among its
candidates, unverified).
MinHash per document ({mh["words"]:.0f} words on average, CPU): whole sketch {mh["sketch_ms"]:.3f} ms
one at a time (a query: with LSH keys), {mh["batched_sketch_ms"]:.3f} ms batched as a build
does it (tokens, shingles, stop shingles, MinHash, distinct counts; 512 per batch); normalise +
shingle {mh["shingling_ms"]:.3f} ms; numpy permutations {mh["numpy_ms"]:.3f} ms one at a time,
{mh["numpy_batched_ms"]:.3f} ms batched; rensa batched {mh["rensa_ms"]:.3f} ms; datasketch on
the same inputs {mh["datasketch_same_inputs_ms"]:.3f} ms (bit-identical values).
Figures taken on a shared 2-core machine while other jobs ran: ratios hold better than absolutes.
"""
    b = next((r["baseline"] for r in results["sizes"].values() if r.get("baseline")), None)
    if b:
        notes += (f"datasketch MinHash per document: {b['ds_minhash_ms']:.2f} ms (default sha1), "
                  f"{b['ds_minhash_shared_ms']:.2f} ms (shared permutations + xxh32); its build rate "
                  "counts the default one.\n")  # fmt: skip
    write_markdown(out, "Known originals index: benchmark",
                   ["index", "build /s/core", "query p50 / p99 ms", "quietest round: wall p99 ms", "memory per original",
                    "RSS per original", "file", "load", "recall on copies"], rows, notes)  # fmt: skip


if __name__ == "__main__":
    main()

"""`make bench`: how fast reader pages are, against a framework-free ceiling.

For 1,000 and 100,000 stories on PostgreSQL (BENCH_QUICK=1: 1,000 only):
gunicorn with production settings and 2 workers serves the front page, a
section page, a story page and search (when the route exists), each with
the page cache off (NEWSROOM_PAGE_CACHE_SECONDS=0) and on (a private Redis),
and `wrk` loads each on loopback for BENCH_ROUNDS (5) rounds of BENCH_SECONDS
(4 s) with BENCH_CONNECTIONS (32), then for BENCH_ALONE_SECONDS (2 s) with one
connection ("p50 alone": the page's own cost, without queueing), every target
once per round, a page's sizes back to back; medians are reported, and
each round's 100,000/1,000 ratio beside the ratio of the medians. In the same run,
with the same gunicorn settings, bench/ceiling.py serves the exact bytes of
the story page: the fastest any Python page could be on this machine; and
bench/floor.py measures Django's own floor (a trivial view, one ORM query,
the empty base template) through the same production middleware, and the
uncached story page cut in two: its queries alone, its templates alone.

"Cache off" means the page cache is off: every request runs the view, its
queries and the templates. Story cards are still rendered once per version
of what they show (articles/fragments.py), as in production.

Printed and saved to bench/results/latest.md: req/s, p50/p99 latency, SQL
queries per page (Django test client + CaptureQueriesContext in a child
process), peak RSS per gunicorn worker (VmHWM), and the ratio to the ceiling.
Figures only: nothing here asserts.

Datasets are kept between runs in PostgreSQL databases newsroom_bench_<n>
(BENCH_REBUILD=1 builds them again). Needs PostgreSQL at BENCH_PG
(postgresql://postgres@127.0.0.1:5432), redis-server, and wrk (installed
with apt-get when missing).
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere
from bench.ports import Gunicorn, PrivateRedis  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WORK = ROOT / "var" / "bench"
RESULTS = ROOT / "bench" / "results"
PG = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432")
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))  # per round
ALONE_SECONDS = int(os.environ.get("BENCH_ALONE_SECONDS", "2"))  # one reader, per round
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))  # 2 disturbed rounds cannot set a median
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
SIZES = [1000] if QUICK else [1000, 100_000]


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    say("installing wrk (apt-get)")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "wrk"],
        check=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        stdout=subprocess.DEVNULL,
    )
    return shutil.which("wrk") or "/usr/bin/wrk"


def base_env(database_url: str, media: Path, redis_url: str = "") -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_LOG_LEVEL": "ERROR",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DJANGO_CACHE_PREFIX": f"bench-{os.getpid()}-{secrets.token_hex(3)}",
        "DJANGO_CACHE_DIR": str(WORK / "filecache"),
        "DJANGO_MEDIA_ROOT": str(media),
        "DJANGO_STATIC_ROOT": str(WORK / "static"),
        # Search is rate-limited per address; wrk is one address.
        "NEWSROOM_RATE_LIMIT_SEARCH": "0",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_ACCESS_LOG": "",
    }


SECRET = secrets.token_urlsafe(50)


def manage(env: dict[str, str], *args: str, quiet: bool = True) -> None:
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def in_django(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "dataset.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        print(result.stdout[-2000:], result.stderr[-4000:], sep="\n")
        raise SystemExit(f"bench/dataset.py {args[0]} failed")
    return result.stdout.strip().splitlines()[-1]


def psql(sql: str, dbname: str = "postgres") -> list[tuple]:
    import psycopg

    with psycopg.connect(f"{PG}/{dbname}", autocommit=True, connect_timeout=5) as conn:
        cursor = conn.execute(sql)
        return cursor.fetchall() if cursor.description else []


# Written on a finished dataset's database; a dataset built by an older
# generator is built again. 3: stories written, and kept, in publication order.
DATASET_FORMAT = "newsroom-bench-3"


def dataset_ready(dbname: str, n: int) -> bool:
    try:
        rows = psql(
            "SELECT (SELECT count(*) FROM articles_article), "
            "(SELECT count(*) FROM articles_block), (SELECT count(*) FROM articles_relatedresult), "
            "(SELECT shobj_description(oid, 'pg_database') FROM pg_database"
            " WHERE datname = current_database())",
            dbname,
        )
    except Exception:
        return False
    articles, blocks, related, made_as = rows[0]
    return articles == n and blocks >= 2 and related > 0 and made_as == DATASET_FORMAT


def rebuild_search(env: dict[str, str], info: dict) -> None:
    """Index the stories for reader search, when the search command exists."""
    commands = ROOT / "articles" / "management" / "commands"
    if (commands / "rebuild_search.py").exists():
        started = time.monotonic()
        manage(env, "rebuild_search")
        info["rebuild_search_s"] = round(time.monotonic() - started, 1)


@contextlib.contextmanager
def immediate_foreign_keys(dbname: str, tables: str):
    """Work around rebuild_related on PostgreSQL (reported to the lead).

    Django's foreign keys are DEFERRABLE INITIALLY DEFERRED, so the rebuild's
    bulk inserts leave pending trigger events and its CREATE INDEX in the same
    transaction fails ("cannot CREATE INDEX ... pending trigger events"). On
    this throwaway database, the related tables' keys are checked immediately
    for the rebuild, then put back as Django made them.
    """
    rows = psql(
        "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
        f"JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'f' "
        f"AND c.condeferrable AND t.relname LIKE '{tables}'",
        dbname,
    )
    for table, name in rows:
        psql(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" NOT DEFERRABLE', dbname)
    try:
        yield
    finally:
        for table, name in rows:
            psql(
                f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY DEFERRED',
                dbname,
            )


def ensure_dataset(n: int) -> tuple[str, Path, dict]:
    dbname = f"newsroom_bench_{n}"
    media = WORK / f"media-{n}"
    url = f"{PG}/{dbname}"
    env = base_env(url, media)
    info: dict = {"reused": True}
    if os.environ.get("BENCH_REBUILD") or not dataset_ready(dbname, n) or not media.exists():
        ready = False
    else:
        ready = True
        # The schema may have moved on since the dataset was built (a new
        # migration): bring it up to date, and re-index search if it is new.
        before = psql("SELECT count(*) FROM django_migrations", dbname)[0][0]
        manage(env, "migrate", "--noinput", "-v0")
        if psql("SELECT count(*) FROM django_migrations", dbname)[0][0] != before:
            rebuild_search(env, info)
            psql("VACUUM ANALYZE", dbname)  # as after a build: the rows were all written again
    if not ready:
        info["reused"] = False
        say(f"building the {n:,}-story dataset in {dbname}")
        psql(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        psql(f'CREATE DATABASE "{dbname}"')
        shutil.rmtree(media, ignore_errors=True)
        media.mkdir(parents=True)
        started = time.monotonic()
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "generate_articles", str(n))
        info["generate_s"] = round(time.monotonic() - started, 1)
        in_django(env, "extras")
        started = time.monotonic()
        with immediate_foreign_keys(dbname, "articles_related%"):
            manage(env, "rebuild_related")
        info["rebuild_related_s"] = round(time.monotonic() - started, 1)
        rebuild_search(env, info)
        psql("VACUUM ANALYZE", dbname)
        psql(f"COMMENT ON DATABASE \"{dbname}\" IS '{DATASET_FORMAT}'")
    return url, media, info


def fetch(url: str) -> tuple[int, bytes]:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def run_wrk(binary: str, url: str, threads: int, connections: int, seconds: int) -> str:
    result = subprocess.run(
        [binary, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def wrk(binary: str, url: str) -> dict:
    """One round of one target: CONNECTIONS readers at once, then one alone.

    Under load, an uncached page's p50 is mostly time spent waiting in the
    queue (about CONNECTIONS / req/s) and swings with every burst on the host;
    one reader alone (ALONE_SECONDS, one connection) measures what the page
    itself costs, which is what "p50 at 100,000 vs 1,000 stories" asks.
    """
    for _ in range(3):  # warm up: first renders, caches, connections
        fetch(url)
    alone = run_wrk(binary, url, 1, 1, ALONE_SECONDS)
    out = run_wrk(binary, url, 2, CONNECTIONS, SECONDS)
    # wrk stops with requests still queued in gunicorn; waiting for one more
    # answer lets them drain, so the next target's lone reader finds idle CPUs.
    fetch(url)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = [re.search(r"Non-2xx or 3xx responses: (\d+)", o) for o in (out, alone)]
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": rps,
        "p50_ms": percentile(out, 50),
        "p99_ms": percentile(out, 99),
        "p50_alone_ms": percentile(alone, 50),
        "non_2xx": sum(int(m.group(1)) for m in non2xx if m),
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def percentile(wrk_output: str, p: int) -> float:
    return to_ms(re.search(rf"^\s+{p}%\s+(\S+)", wrk_output, re.M).group(1))


def prepare(n: int, redis: PrivateRedis) -> dict:
    """The dataset, its pages and their SQL query counts (before any load)."""
    url, media, info = ensure_dataset(n)
    env = base_env(url, media, redis.url)
    pages = json.loads(in_django(env, "urls"))
    say(f"{n:,} stories: pages {pages}")
    paths = list(pages.values())
    uncached_q = json.loads(
        in_django({**env, "NEWSROOM_PAGE_CACHE_SECONDS": "0"}, "queries", *paths)
    )
    cached_q = json.loads(in_django(env, "queries", *paths))
    return {
        "n": n,
        "env": env,
        "info": info,
        "pages": pages,
        "queries": {
            name: {"uncached": uncached_q[path]["uncached"], "cached": cached_q[path]["cached"]}
            for name, path in pages.items()
        },
    }


def start_servers(datasets: list[dict], stack: contextlib.ExitStack) -> list[tuple]:
    """Every server of the run, started together and idle until its turn.

    Returns the targets to load: (dataset n, row name, mode, server, path).
    """

    def serve(env: dict, app: str = "newsroom.wsgi") -> Gunicorn:
        server = Gunicorn(env, WORK / "gunicorn.log", app)
        stack.callback(server.stop)
        return server

    targets = []
    for data in datasets:
        env, n = data["env"], data["n"]
        for mode, seconds in (("off", "0"), ("on", "300")):
            server = serve({**env, "NEWSROOM_PAGE_CACHE_SECONDS": seconds})
            for name, path in data["pages"].items():
                status, body = fetch(server.url(path))
                data.setdefault("status", {})[(name, mode)] = status
                if mode == "on" and name == "article":
                    data["page_bytes"] = len(body)
                    ceiling_file = WORK / f"ceiling-{n}.html"
                    ceiling_file.write_bytes(body)
                targets.append((n, name, mode, server, path))
        ceiling = serve({**env, "CEILING_FILE": str(ceiling_file)}, app="bench.ceiling:app")
        targets.append((n, "ceiling", "-", ceiling, "/"))
    first = datasets[0]
    floor_env = {
        **first["env"],
        "NEWSROOM_PAGE_CACHE_SECONDS": "0",
        "DJANGO_SETTINGS_MODULE": "bench.floor_settings",
    }
    story_pk = re.search(r"-(\d+)\.html$", first["pages"]["article"]).group(1)
    paths = {name: f"/_floor/{name}".replace("<pk>", story_pk) for name in FLOOR_LABELS}
    # A floor view's steady state is its second request: story-render reads
    # its story once per worker, then runs only the template's query.
    counted = json.loads(in_django(floor_env, "queries", *paths.values()))
    first["floor_queries"] = {name: counted[path]["cached"] for name, path in paths.items()}
    floor = serve(floor_env)
    for name, path in paths.items():
        status, _body = fetch(floor.url(path))
        if status != 200:  # an error page is fast, and would pass for the floor
            raise SystemExit(f"bench/floor.py: {path} answers {status}, not 200")
        targets.append((first["n"], f"floor:{name}", "off", floor, path))
    return targets


def median_row(runs: list[dict]) -> dict:
    """Each figure's median over the rounds (errors are summed)."""
    row = {
        key: statistics.median(run[key] for run in runs)
        for key in ("rps", "p50_ms", "p99_ms", "p50_alone_ms")
    }
    row["non_2xx"] = sum(run["non_2xx"] for run in runs)
    row["socket_errors"] = "; ".join(run["socket_errors"] for run in runs if run["socket_errors"])
    row["rounds"] = [round(run["rps"]) for run in runs]
    for key in ("p50_ms", "p50_alone_ms"):
        row[f"{key}_by_round"] = [run[key] for run in runs]
    return row


def measure(datasets: list[dict], wrk_binary: str) -> list[dict]:
    """Load every target for BENCH_SECONDS, round after round, then take medians.

    Interleaving is what makes the ratios trustworthy on a shared machine: a
    neighbour's burst lands on one round of every target instead of on all
    rounds of one, and the 1,000/100,000 comparison is made seconds apart.
    """
    with contextlib.ExitStack() as stack:
        targets = start_servers(datasets, stack)
        runs: dict[tuple, list[dict]] = {}
        # Each page at every size back to back, so that a page's two sizes
        # are seconds apart rather than a minute.
        in_turn = sorted(targets, key=lambda t: (t[1], t[2], t[0]))  # page, cache, size
        for number in range(1, ROUNDS + 1):
            say(f"round {number}/{ROUNDS}: {len(targets)} targets x {SECONDS} s")
            for n, name, mode, server, path in in_turn:
                runs.setdefault((n, name, mode), []).append(wrk(wrk_binary, server.url(path)))
        rss = {id(server): server.peak_rss_mb() for *_, server, _path in targets}
    results = []
    for data in datasets:
        n = data["n"]
        rows, floor = {}, {}
        for t_n, name, mode, server, _path in targets:
            if t_n != n:
                continue
            row = {**median_row(runs[(n, name, mode)]), "rss_mb": rss[id(server)]}
            if name == "ceiling":
                ceiling = row
            elif name.startswith("floor:"):
                floor[name.removeprefix("floor:")] = row
            else:
                rows[(name, mode)] = {**row, "status": data["status"][(name, mode)]}
        results.append(
            {
                "n": n,
                "info": data["info"],
                "pages": data["pages"],
                "rows": rows,
                "ceiling": ceiling,
                "floor": floor,
                "page_bytes": data["page_bytes"],
                "queries": data["queries"],
                "floor_queries": data.get("floor_queries", {}),
            }
        )
    return results


FLOOR_LABELS = {
    "ok": "a view returning 2 bytes",
    "query": "the same + 1 ORM query",
    "base": "base.html, empty",
    "story-queries/<pk>": "the story page's queries only, 2 bytes",
    "story-render/<pk>": "the story page's templates only, its rows read once",
}


def share(ratio: float) -> str:
    """A share of the ceiling: small ones with a decimal (2.6% is not 3.4%)."""
    return f"{ratio:.1%}" if ratio < 0.1 else f"{ratio:.0%}"


def rounds(row: dict) -> str:
    return " / ".join(f"{rps:,}" for rps in row["rounds"])


def errors(row: dict) -> str:
    found = [f"{row['non_2xx']} non-2xx"] if row["non_2xx"] else []
    if row["socket_errors"]:
        found.append(row["socket_errors"])
    return "; ".join(found) or "-"


def table(results: list[dict]) -> str:
    lines = [
        "| stories | page | cache | req/s | p50 ms | p99 ms | p50 alone ms | SQL queries "
        "| peak RSS/worker MB | vs ceiling | req/s by round | errors |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]

    def line(n: int, label: str, mode: str, row: dict, queries: int, ceiling: dict) -> str:
        return (
            f"| {n:,} | {label} | {mode} | {row['rps']:,.0f} | {row['p50_ms']:.2f} "
            f"| {row['p99_ms']:.2f} | {row['p50_alone_ms']:.2f} | {queries} | {row['rss_mb']} "
            f"| {share(row['rps'] / ceiling['rps'])} | {rounds(row)} | {errors(row)} |"
        )

    for result in results:
        n, ceiling = result["n"], result["ceiling"]
        for (name, mode), row in result["rows"].items():
            queries = result["queries"][name]["uncached" if mode == "off" else "cached"]
            lines.append(line(n, name, mode, row, queries, ceiling))
        for name, row in result["floor"].items():
            label = f"django floor: {FLOOR_LABELS[name]}"
            lines.append(line(n, label, "off", row, result["floor_queries"][name], ceiling))
        label = f"ceiling (article bytes, {result['page_bytes']:,} B)"
        lines.append(line(n, label, "-", ceiling, 0, ceiling))
    return "\n".join(lines)


def scaling(results: list[dict]) -> str:
    if len(results) < 2:
        return ""
    small, large = results[0], results[-1]
    lines = []
    for figure, heading in (
        ("p50_alone_ms", "one reader at a time (what a page costs)"),
        ("p50_ms", f"under load, {CONNECTIONS} connections (mostly time queued)"),
    ):
        lines += [
            "",
            f"p50 at {large['n']:,} stories / at {small['n']:,}, {heading};"
            " the ratio of the medians, then each round's ratio:",
            "",
        ]
        for key, row in large["rows"].items():
            base = small["rows"].get(key)
            if base:
                by_round = [
                    a / b
                    for a, b in zip(
                        row[f"{figure}_by_round"], base[f"{figure}_by_round"], strict=True
                    )
                ]
                lines.append(
                    f"- {key[0]}, cache {key[1]}: {row[figure]:.2f} / {base[figure]:.2f} ms "
                    f"= {row[figure] / base[figure]:.2f}× (target ≤ 1.5×; by round "
                    + " / ".join(f"{r:.2f}" for r in by_round)
                    + ")"
                )
    return "\n".join(lines)


def main() -> int:
    WORK.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    wrk_binary = ensure_wrk()
    say("collecting static files")
    manage(base_env("sqlite:///:memory:", WORK / "media"), "collectstatic", "--noinput", "-v0")
    redis = PrivateRedis(WORK)
    redis.start()
    started = time.monotonic()
    try:
        results = measure([prepare(n, redis) for n in SIZES], wrk_binary)
    finally:
        redis.stop()
    header = (
        f"# Newsroom benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n\n"
        f"Machine: {os.cpu_count()} cores, {platform.platform()}, "
        f"Python {platform.python_version()}.\n"
        f"gunicorn: production settings, 2 workers × 2 threads (gthread); "
        f"wrk -t2 -c{CONNECTIONS} -d{SECONDS}s on loopback, then -t1 -c1 -d{ALONE_SECONDS}s "
        f"(p50 alone), {ROUNDS} interleaved rounds, medians; PostgreSQL; page cache in Redis.\n"
        f"SQL queries: first request with the cache off / a repeat with it on.\n"
    )
    builds = "\n".join(
        f"- {r['n']:,} stories: pages {r['pages']}; dataset {r['info']}" for r in results
    )
    report = f"{header}\n{table(results)}\n{scaling(results)}\n\n{builds}\n"
    report += f"\nTotal bench time: {time.monotonic() - started:.0f} s\n"
    (RESULTS / "latest.md").write_text(report)
    (RESULTS / "latest.json").write_text(
        json.dumps(
            [{**r, "rows": {f"{k[0]}/{k[1]}": v for k, v in r["rows"].items()}} for r in results],
            indent=1,
        )
    )
    print("\n" + report)
    print(f"saved {RESULTS / 'latest.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

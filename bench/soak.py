"""`make soak`: 200 connections for a minute, then Redis and PostgreSQL
restarted under load. Prints figures (and saves bench/results/soak.md);
asserts nothing.

Loopback only. gunicorn runs with production settings and its default
worker count on the 1,000-story PostgreSQL dataset of `make bench` (built
if missing), with the page cache in a private redis-server on a free port
that this script starts, stops and restarts itself: the machine's shared
Redis is never touched. PostgreSQL is the machine's own cluster, restarted
with `pg_ctlcluster --skip-systemctl-redirect <version> main restart`.

Phases (each with `wrk -c200`, rotating through real reader URLs, one
request in SOAK_COOKIE_EVERY carrying a session cookie so it bypasses every
cache and reaches the database):

1. steady: SOAK_SECONDS (60 s). Expect 0 socket errors and no status >= 400.
2. Redis: stopped after 10 s, started again 15 s later. Expect no 500.
3. PostgreSQL: restarted after 10 s. Requests in the gap get 503; count
   them and measure when service is back (a prober sends a database-bound
   request every 100 ms) relative to the moment PostgreSQL accepts
   connections again, without restarting gunicorn.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402  (bench/run.py: the dataset and its environment)

from bench.ports import Gunicorn, PrivateRedis  # noqa: E402

ROOT = bench.ROOT
SOAK_SECONDS = int(os.environ.get("SOAK_SECONDS", "60"))
FAULT_SECONDS = int(os.environ.get("SOAK_FAULT_SECONDS", "40"))
CONNECTIONS = int(os.environ.get("SOAK_CONNECTIONS", "200"))
COOKIE_EVERY = os.environ.get("SOAK_COOKIE_EVERY", "10")
PG_VERSION = os.environ.get("SOAK_PG_VERSION") or sorted(os.listdir("/etc/postgresql"))[-1]


def say(message: str) -> None:
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", flush=True)


def reader_paths(env: dict[str, str], limit: int = 300) -> list[str]:
    script = (
        "from articles.models import Article, Section, Tag\n"
        "paths = ['/']\n"
        "paths += [s.get_absolute_url() for s in Section.objects.all()]\n"
        "paths += [t.get_absolute_url() for t in Tag.objects.all()[:20]]\n"
        "live = Article.objects.live().order_by('-published_at')\n"
        f"paths += [a.get_absolute_url() for a in live[:{limit}]]\n"
        "print('\\n'.join(paths))\n"
    )
    result = subprocess.run(
        [bench.PYTHON, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if line.startswith("/")]


def parse_wrk(output: str) -> dict:
    statuses: dict[int, int] = {}
    result: dict = {"statuses": statuses}
    for line in output.splitlines():
        parts = line.split()
        if line.startswith("STATUS "):
            statuses[int(parts[1])] = int(parts[2])
        elif line.startswith("ERRORS "):
            result["errors"] = dict(item.split("=") for item in parts[1:])
        elif line.startswith("REQUESTS "):
            result["requests"] = int(parts[1])
        elif line.startswith("LATENCY "):
            result["latency_ms"] = {k: float(v) for k, v in (i.split("=") for i in parts[1:])}
        elif "Requests/sec:" in line:
            result["rps"] = float(parts[-1])
    return result


def start_wrk(wrk: str, url: str, seconds: int, paths_file: Path) -> subprocess.Popen:
    env = {**os.environ, "SOAK_PATHS": str(paths_file), "SOAK_COOKIE_EVERY": COOKIE_EVERY}
    return subprocess.Popen(
        [
            wrk,
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(ROOT / "bench" / "soak.lua"),
            url,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


class Prober(threading.Thread):
    """One database-bound request every 100 ms: (time, status, latency)."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.samples: list[tuple[float, int, float]] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            started = time.monotonic()
            request = urllib.request.Request(
                self.url, headers={"Cookie": "sessionid=probe-no-such-session"}
            )
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError:
                status = 0  # connection refused or timed out
            self.samples.append((started, status, (time.monotonic() - started) * 1000))
            self.stopped.wait(max(0.0, 0.1 - (time.monotonic() - started)))

    def stop(self) -> None:
        self.stopped.set()
        self.join(10)


def pg_accepts() -> bool:
    import psycopg

    try:
        psycopg.connect(f"{bench.PG}/postgres", connect_timeout=1).close()
        return True
    except Exception:
        return False


def phase_summary(name: str, wrk_result: dict, extra: dict | None = None) -> dict:
    statuses = wrk_result.get("statuses", {})
    errors = wrk_result.get("errors", {})
    socket_errors = sum(int(errors.get(k, 0)) for k in ("connect", "read", "write", "timeout"))
    return {
        "phase": name,
        "requests": wrk_result.get("requests", 0),
        "rps": wrk_result.get("rps", 0.0),
        "statuses": dict(sorted(statuses.items())),
        "socket_errors": socket_errors,
        "non_2xx_3xx": sum(n for s, n in statuses.items() if s >= 400),
        "status_500": statuses.get(500, 0),
        "latency_ms": wrk_result.get("latency_ms", {}),
        **(extra or {}),
    }


def server_workers(env: dict[str, str]) -> int:
    """How many workers gunicorn.conf.py starts with this environment."""
    return int(env.get("GUNICORN_WORKERS") or (os.cpu_count() or 1) * 2 + 1)


def main() -> int:
    bench.WORK.mkdir(parents=True, exist_ok=True)
    bench.RESULTS.mkdir(parents=True, exist_ok=True)
    wrk = bench.ensure_wrk()
    say("collecting static files")
    bench.manage(
        bench.base_env("sqlite:///:memory:", bench.WORK / "media"),
        "collectstatic",
        "--noinput",
        "-v0",
    )
    url, media, _ = bench.ensure_dataset(1000)
    redis = PrivateRedis(bench.WORK)
    redis.start()
    env = bench.base_env(url, media, redis.url)
    env.pop("GUNICORN_WORKERS")  # production default: 2 x cores + 1
    paths = reader_paths(env)
    paths_file = Path(tempfile.mkstemp(prefix="soak-paths-", suffix=".txt")[1])
    paths_file.write_text("\n".join(paths) + "\n")
    say(f"{len(paths)} reader URLs; {CONNECTIONS} connections")
    server = Gunicorn(env, bench.WORK / "gunicorn.log")
    master = server.process.pid
    results = []
    try:
        base = server.url("/")
        for path in paths[:50]:  # warm the page cache a little, as production would be
            bench.fetch(server.url(path))
        # Read once every worker has booted: the port opens with the first.
        deadline = time.monotonic() + 30
        while len(server.worker_pids()) < server_workers(env) and time.monotonic() < deadline:
            time.sleep(0.2)
        workers_before = sorted(server.worker_pids())

        # 1. Steady load.
        say(f"phase 1: steady load for {SOAK_SECONDS} s")
        process = start_wrk(wrk, base, SOAK_SECONDS, paths_file)
        output, _ = process.communicate(timeout=SOAK_SECONDS + 120)
        results.append(phase_summary("steady", parse_wrk(output)))

        # 2. Redis stopped and started again under load.
        say(f"phase 2: Redis stopped at 10 s, restarted at 25 s ({FAULT_SECONDS} s)")
        prober = Prober(server.url(paths[-1]))
        prober.start()
        process = start_wrk(wrk, base, FAULT_SECONDS, paths_file)
        time.sleep(10)
        redis.stop()
        redis_down = time.monotonic()
        time.sleep(15)
        redis.start()
        redis_up = time.monotonic()
        output, _ = process.communicate(timeout=FAULT_SECONDS + 120)
        prober.stop()
        before = [ms for t, s, ms in prober.samples if t < redis_down and s == 200]
        during = [ms for t, s, ms in prober.samples if redis_down <= t < redis_up and s == 200]
        after = [ms for t, s, ms in prober.samples if t >= redis_up + 2 and s == 200]
        # A cached page, timed before, during and after: the cache must come back.
        hot = server.url(paths[0])
        hot_after = []
        for _ in range(20):
            started = time.monotonic()
            bench.fetch(hot)
            hot_after.append((time.monotonic() - started) * 1000)
        results.append(
            phase_summary(
                "redis restart",
                parse_wrk(output),
                {
                    "probe_statuses": sorted({s for _, s, _ in prober.samples}),
                    "probe_p50_ms": {
                        "before": round(statistics.median(before), 2) if before else None,
                        "during": round(statistics.median(during), 2) if during else None,
                        "after": round(statistics.median(after), 2) if after else None,
                    },
                    "hot_page_p50_ms_after": round(statistics.median(hot_after), 2),
                },
            )
        )

        # 3. PostgreSQL restarted under load.
        say(f"phase 3: PostgreSQL {PG_VERSION} restarted at 10 s ({FAULT_SECONDS} s)")
        prober = Prober(server.url(paths[-1]))
        prober.start()
        process = start_wrk(wrk, base, FAULT_SECONDS, paths_file)
        time.sleep(10)
        pg_down = time.monotonic()
        restart = subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, "main", "restart"],
            capture_output=True,
            text=True,
        )
        while not pg_accepts():
            time.sleep(0.05)
        pg_back = time.monotonic()
        output, _ = process.communicate(timeout=FAULT_SECONDS + 120)
        prober.stop()
        failures = [(t, s) for t, s, _ in prober.samples if s != 200]
        after_back = [(t, s) for t, s, _ in prober.samples if t >= pg_back]
        last_failure = max((t for t, s in after_back if s != 200), default=None)
        recovered_at = (
            pg_back
            if last_failure is None
            else min((t for t, s in after_back if t > last_failure and s == 200), default=None)
        )
        results.append(
            phase_summary(
                "postgresql restart",
                parse_wrk(output),
                {
                    "pg_restart_rc": restart.returncode,
                    "pg_unavailable_s": round(pg_back - pg_down, 2),
                    "probe_failures": len(failures),
                    "probe_failure_statuses": sorted({s for _, s in failures}),
                    "service_back_after_pg_s": (
                        round(recovered_at - pg_back, 2) if recovered_at is not None else None
                    ),
                },
            )
        )
    finally:
        workers_after = sorted(server.worker_pids())
        master_alive = server.process.poll() is None
        server.stop()
        redis.stop()
        paths_file.unlink(missing_ok=True)

    lines = [
        f"# Newsroom soak and fault test, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"gunicorn: production settings, default workers ({os.cpu_count() * 2 + 1}) x 2 threads; "
        f"wrk -t2 -c{CONNECTIONS} --timeout 10s, {len(paths)} URLs rotated, "
        f"1 request in {COOKIE_EVERY} with a session cookie (bypasses the caches); "
        "1,000 stories on PostgreSQL; page cache in a private Redis.",
        "",
        "| phase | requests | req/s | statuses | socket errors | status >= 400 | 500s "
        "| p50 ms | p99 ms |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lat = r["latency_ms"]
        lines.append(
            f"| {r['phase']} | {r['requests']:,} | {r['rps']:,.0f} | {r['statuses']} "
            f"| {r['socket_errors']} | {r['non_2xx_3xx']} | {r['status_500']} "
            f"| {lat.get('p50', 0):.2f} | {lat.get('p99', 0):.2f} |"
        )
    lines.append("")
    for r in results[1:]:
        extra = {
            k: v
            for k, v in r.items()
            if k
            not in (
                "phase",
                "requests",
                "rps",
                "statuses",
                "socket_errors",
                "non_2xx_3xx",
                "status_500",
                "latency_ms",
            )
        }
        lines.append(f"- {r['phase']}: {json.dumps(extra, ensure_ascii=False)}")
    lines.append(
        f"- gunicorn master {master} alive to the end: {master_alive}; "
        f"workers before {workers_before}, after {workers_after} "
        f"({'same' if workers_before == workers_after else 'changed'})"
    )
    report = "\n".join(lines) + "\n"
    (bench.RESULTS / "soak.md").write_text(report)
    print("\n" + report)
    print(f"saved {bench.RESULTS / 'soak.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

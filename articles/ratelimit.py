"""A small cache-based rate limiter for the expensive public endpoints.

Search runs a real query for every ``q`` the page cache has not seen lately,
and the view beacon writes: both are what a scraper or a flood hits. A
fixed window per client and endpoint, counted in the shared cache, is enough
to stop that without bothering a reader:

    @ratelimit("search")
    def search_page(request): ...

Rates come from ``settings.NEWSROOM_RATE_LIMITS`` ("30/m", "5/s", "1000/h";
"" or "0" turns a limit off), so production can tune them without a deploy.
The counter lives in the default cache: shared by every worker and server
with Redis, and when Redis is down the tolerant cache counts nothing and
the limiter lets requests through (fail open: readers first).

Why not django-ratelimit: it is not maintained since 2023 and does four
times what we need; this is thirty lines we can read.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template import loader

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int] | None:
    """``"30/m"`` → (30, 60); ``"10/5m"`` → (10, 300); empty or zero → None (no limit)."""
    rate = (rate or "").strip()
    if not rate or rate == "0":
        return None
    count, _, period = rate.partition("/")
    number = period[:-1] or "1"
    unit = period[-1:]
    if not count.isdigit() or not number.isdigit() or unit not in _UNITS:
        raise ValueError(f"Bad rate {rate!r}: write it like '30/m', '5/s' or '100/10m'.")
    if int(count) == 0:
        return None
    return int(count), int(number) * _UNITS[unit]


def client_ip(request: HttpRequest) -> str | None:
    """The address a request comes from, as django-axes records it (None if unknown).

    Behind our nginx (DJANGO_BEHIND_PROXY=1) that is X-Real-IP, which nginx
    overwrites with the connecting address, so a client cannot forge it.
    Anything that is not an IP address counts as unknown: axes stores the
    value in an address column that PostgreSQL checks.
    """
    address = ""
    if settings.NEWSROOM_BEHIND_PROXY:
        address = request.META.get("HTTP_X_REAL_IP", "").strip()
    address = address or request.META.get("REMOTE_ADDR", "")
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return None
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    return str(parsed)


def client_key(request: HttpRequest) -> str:
    """Who the limiter counts: the address, or its /64 for IPv6.

    One home or phone gets a whole IPv6 /64, and counting single addresses
    would let it rotate through them.
    """
    address = client_ip(request)
    if address is None:
        return "unknown"
    if ":" in address:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address) + "/64"
    return address


def too_many_requests(retry_after: int) -> HttpResponse:
    """HTTP 429 with a Vietnamese page and Retry-After."""
    html = loader.render_to_string("429.html", {"retry_after": retry_after})
    response = HttpResponse(html, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def hit(name: str, request: HttpRequest) -> int | None:
    """Count one request of ``name``; the seconds to wait if it is over the limit, else None."""
    limit = parse_rate(settings.NEWSROOM_RATE_LIMITS.get(name, ""))
    if limit is None:
        return None
    count, period = limit
    now = time.time()
    window = int(now // period)
    key = f"ratelimit:{name}:{client_key(request)}:{window}"
    # add() creates the counter with its expiry; incr() is atomic in Redis.
    cache.add(key, 0, timeout=period + 1)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr: count this one alone
        cache.add(key, 1, timeout=period + 1)
        used = 1
    if used > count:
        return max(1, int((window + 1) * period - now))
    return None


def ratelimit(name: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Answer 429 to a client that calls the decorated view too often."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            retry_after = hit(name, request)
            if retry_after is not None:
                return too_many_requests(retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator

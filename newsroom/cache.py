"""A Redis cache that degrades to "no cache" instead of failing requests.

Django's RedisCache raises when Redis is unreachable, so a Redis restart
would turn every reader page into a 500. The cache only ever *speeds up*
the site (pages, the content generation, rate-limit counters), so while
Redis is away we behave like an always-empty cache: reads return the
default, writes are dropped, pages are rendered from the database.

Three details keep an outage cheap and recovery exact:

- After a failure, calls skip Redis for ``RETRY_SECONDS`` (default 1 s), so a
  request makes at most one slow connection attempt, not one per cache call.
  The retry window is per process: no state is shared or needs syncing.
- The warning is logged at most once per ``LOG_EVERY_SECONDS`` per process,
  plus one line when Redis answers again.
- A write dropped during the outage may have been an invalidation (an
  editor's save bumps the content generation). When Redis answers again,
  this process deletes the keys listed in ``RECOVERY_DELETE_KEYS`` so pages
  cached before the outage can never be served stale after it.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("newsroom.cache")

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)

# Options of ours, removed before the rest reach redis-py's connection pool.
_OWN_OPTIONS = ("RETRY_SECONDS", "LOG_EVERY_SECONDS", "RECOVERY_DELETE_KEYS")


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client builds a new redis.Redis object for every cache call;
    redis-py 8's constructor is heavy (it fills a table of ~170 response
    callbacks), which cost more than the Redis round trip itself. A client
    object is thread-safe (connections come from the pool), so keep one per pool.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        if len(self._servers) > 1:  # replicas: keep Django's choice of server per call
            return super().get_client(key, write=write)
        client = self._clients.get(0)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients.setdefault(0, self._client(connection_pool=pool))
        return client


class TolerantRedisCache(RedisCache):
    """RedisCache whose connection errors mean "miss" rather than "500"."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 1.0))
        self.log_every_seconds = float(options.pop("LOG_EVERY_SECONDS", 30.0))
        self.recovery_delete_keys = list(options.pop("RECOVERY_DELETE_KEYS", []))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
        self._state_lock = threading.Lock()
        self._down_until = 0.0
        self._in_outage = False
        self._last_warning = float("-inf")
        self._lost_writes = False

    # --- outage bookkeeping -------------------------------------------------

    @property
    def available(self) -> bool:
        """False while this process is waiting before its next try of Redis."""
        return time.monotonic() >= self._down_until

    def _failed(self, operation: str, error: Exception, *, write: bool) -> None:
        now = time.monotonic()
        with self._state_lock:
            self._down_until = now + self.retry_seconds
            self._in_outage = True
            self._lost_writes = self._lost_writes or write
            should_log = now - self._last_warning >= self.log_every_seconds
            if should_log:
                self._last_warning = now
        if should_log:
            logger.warning(
                "Redis cache unavailable (%s: %s); serving without the cache, retrying every %.1fs",
                operation,
                error,
                self.retry_seconds,
            )

    def _recover(self) -> bool:
        """First call after an outage: replay lost invalidations. False if still down."""
        with self._state_lock:
            lost_writes = self._lost_writes
        if lost_writes and self.recovery_delete_keys:
            try:
                super().delete_many(self.recovery_delete_keys)
            except UNAVAILABLE as error:
                self._failed("delete_many", error, write=True)
                return False
        else:
            try:
                super().has_key("__newsroom_ping__")
            except UNAVAILABLE as error:
                self._failed("ping", error, write=False)
                return False
        with self._state_lock:
            self._in_outage = False
            self._lost_writes = False
        logger.warning("Redis cache available again")
        return True

    def _call(self, operation: str, default: Any, write: bool, *args: Any, **kwargs: Any) -> Any:
        if not self.available:
            if write:
                self._lost_writes = True
            return default
        # Recover before the call, so it cannot read a value the outage made stale.
        if self._in_outage and not self._recover():
            if write:
                self._lost_writes = True
            return default
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except UNAVAILABLE as error:
            self._failed(operation, error, write=write)
            return default

    # --- the cache API --------------------------------------------------------

    def get(self, key: str, default: Any = None, version: int | None = None) -> Any:
        return self._call("get", default, False, key, default, version)

    def get_many(self, keys: Any, version: int | None = None) -> dict[str, Any]:
        return self._call("get_many", {}, False, keys, version)

    def has_key(self, key: str, version: int | None = None) -> bool:
        return self._call("has_key", False, False, key, version)

    def set(
        self, key: str, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None
    ) -> None:
        self._call("set", None, True, key, value, timeout, version)

    def add(
        self, key: str, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None
    ) -> bool:
        return self._call("add", False, True, key, value, timeout, version)

    def set_many(
        self, data: dict[str, Any], timeout: Any = DEFAULT_TIMEOUT, version: int | None = None
    ) -> list[str]:
        return self._call("set_many", list(data), True, data, timeout, version)

    def touch(self, key: str, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self._call("touch", False, True, key, timeout, version)

    def delete(self, key: str, version: int | None = None) -> bool:
        return self._call("delete", False, True, key, version)

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        self._call("delete_many", None, True, keys, version)

    def incr(self, key: str, delta: int = 1, version: int | None = None) -> int:
        """Counters (rate limits) count from zero while Redis is away."""
        return self._call("incr", delta, True, key, delta, version)

    def clear(self) -> None:
        self._call("clear", None, True)

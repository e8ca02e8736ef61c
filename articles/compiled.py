"""ORM queries turned into SQL once per shape, then run with new values.

A story page runs the same handful of queries on every request, with
different values: this story's id, the ids already on the page, the time
now. Building and compiling those querysets costs Django about 1.2 ms of
Python each (joins resolved, columns quoted, WHERE clauses assembled), ten
times what PostgreSQL takes to answer them: most of an uncached story page.

A ``CompiledQuery`` keeps the queryset *code* as the single source of truth
(so the visibility rule is still ``live_q`` and ``live()``, nowhere else) but
runs it through the ORM only once per *shape*: it builds the queryset with
stand-in values, finds where each stand-in landed among the SQL parameters,
and from then on sends that SQL with the real values in those places. Rows
come back through the same converters the ORM would apply.

The builder's signature says what is what::

    @CompiledQuery
    def newest(section: int, exclude: list[int], now: datetime, *, size: int):
        return Article.objects.live(now).filter(section_id=section)...[:size]

- positional-or-keyword arguments are *values*, bound as SQL parameters: an
  ``int``, ``str``, aware ``datetime`` or a list of ints (an ``IN (...)``);
- keyword-only arguments *shape* the SQL (a LIMIT, a choice of ordering)
  and are passed to the builder as they are.

A list's length is part of the shape (``IN (%s, %s)`` has as many slots as
ids); duplicates are dropped first, as the ORM itself does. Nothing here
is shared between threads: each keeps its own plans, compiled on its own
connection, so no lock is needed and no plan outlives a settings change
made by a test.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.signals import setting_changed
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet
from django.dispatch import receiver

# Stand-ins no real value can equal: ids are positive, stories are younger.
# The int fits a 32-bit column: the ORM turns an out-of-range value into "no rows".
_STAND_IN_INT = -2_000_000_000
_STAND_IN_TIME = datetime(1901, 1, 1, tzinfo=UTC)


_local = threading.local()
_generation = [0]  # bumped on every settings change: every thread recompiles


def forget_plans() -> None:
    """Make every thread compile its queries again (on its next call)."""
    _generation[0] += 1


@receiver(setting_changed)
def _settings_changed(**_ignored) -> None:
    # Time zones and databases come from settings, and tests change them.
    forget_plans()


def _thread_plans() -> dict:
    if getattr(_local, "generation", None) != _generation[0]:
        _local.plans, _local.generation = {}, _generation[0]
    return _local.plans


class _Plan:
    """One shape's SQL, where each value goes in its parameters, and the
    converters its columns need."""

    def __init__(self, sql: str | None, slots: list, converters: list) -> None:
        self.sql = sql
        self.slots = slots  # per parameter: (None, constant) or (value name, list index or None)
        self.converters = converters

    def params(self, values: dict[str, Any], adapt: Callable[[Any], Any]) -> list:
        out = []
        for kind, item in self.slots:
            if kind is None:
                out.append(item)
            else:
                value = values[kind] if item is None else values[kind][item]
                out.append(adapt(value))
        return out


class CompiledQuery:
    """A queryset builder whose SQL is compiled once per shape (see module doc)."""

    def __init__(self, build: Callable[..., QuerySet]) -> None:
        self.build = build
        self.__doc__ = build.__doc__
        parameters = inspect.signature(build).parameters.values()
        self.value_names = [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]
        self.shape_names = [p.name for p in parameters if p.kind is p.KEYWORD_ONLY]

    def rows(self, using: str = DEFAULT_DB_ALIAS, **arguments: Any) -> list[tuple]:
        """The query's rows for these values, as the ORM would return them."""
        values = {name: _normal(arguments[name]) for name in self.value_names}
        shape = {name: arguments[name] for name in self.shape_names}
        plan = self._plan(using, values, shape)
        if plan.sql is None:
            # The ORM found the stand-ins match nothing (an empty IN (), say):
            # ask it with the real values, every time. It answers an empty
            # list without a query.
            query = self.build(**values, **shape).using(using)
            return [tuple(row) for row in query]
        connection = connections[using]
        with _statement_cursor(connection) as cursor:
            cursor.execute(plan.sql, plan.params(values, _adapter(connection)))
            rows = cursor.fetchall()
        if not plan.converters:
            return [tuple(row) for row in rows]
        return [_convert(row, plan.converters, connection) for row in rows]

    def _plan(self, using: str, values: dict, shape: dict) -> _Plan:
        key = (
            self,
            using,
            tuple(len(v) if isinstance(v, list) else None for v in values.values()),
            tuple(shape.items()),
        )
        plans = _thread_plans()
        plan = plans.get(key)
        if plan is None:
            plan = plans[key] = self._compile(using, values, shape)
        return plan

    def _compile(self, using: str, values: dict, shape: dict) -> _Plan:
        stand_ins, where = _stand_ins(values)
        compiler = self.build(**stand_ins, **shape).query.get_compiler(using)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            return _Plan(None, [], [])
        adapt = _adapter(connections[using])
        found = {adapt(value): place for value, place in where.items()}
        slots = [
            found.get(param, (None, param)) if _hashable(param) else (None, param)
            for param in params
        ]
        missing = set(where.values()) - {slot for slot in slots if slot[0] is not None}
        if missing:
            # The ORM inlined or transformed a value: the SQL would not
            # follow it, so refuse to serve stale results.
            raise ValueError(f"{self.build.__name__}: values not bound as parameters: {missing}")
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        converters = list(compiler.get_converters(fields).items())
        return _Plan(sql, slots, converters)


@contextmanager
def _statement_cursor(connection) -> Iterator[Any]:
    """A cursor for a compiled statement; on PostgreSQL, a prepared one.

    Only compiled queries are bound on the server and prepared: they run on
    every reader page and plan alike whatever their values, so the session
    plans them once, generically (settings: ``plan_cache_mode``). Every other
    query keeps Django's client-side binding: its values are in the SQL
    text, so PostgreSQL plans it for them each time (search's best plan
    depends on its words: a generic plan made it 4x slower at 100,000
    stories). psycopg's switches are attributes of the connection, so this
    costs no round trip. (Should the health check reconnect inside
    ``cursor()``, the new connection's cursor binds on the client: the same
    rows, planned for their values, this once.)
    """
    if connection.vendor != "postgresql" or not settings.NEWSROOM_PREPARE_COMPILED:
        with connection.cursor() as cursor:
            yield cursor
        return
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.ensure_connection()
    raw = connection.connection
    saved = raw.cursor_factory, raw.prepare_threshold
    raw.cursor_factory, raw.prepare_threshold = ServerBindingCursor, 0
    try:
        with connection.cursor() as cursor:
            yield cursor
    finally:
        raw.cursor_factory, raw.prepare_threshold = saved


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _normal(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(dict.fromkeys(value))  # the ORM drops duplicates in IN (...)
    return value


def _stand_ins(values: dict[str, Any]) -> tuple[dict[str, Any], dict[Any, tuple]]:
    """A unique stand-in for every value, and where each belongs."""
    stand_ins: dict[str, Any] = {}
    where: dict[Any, tuple] = {}
    counter = 0

    def fresh(example: Any, place: tuple) -> Any:
        nonlocal counter
        counter += 1
        if isinstance(example, datetime):
            stand_in: Any = _STAND_IN_TIME + timedelta(seconds=counter)
        elif isinstance(example, int) and not isinstance(example, bool):
            stand_in = _STAND_IN_INT - counter
        elif isinstance(example, str):
            stand_in = f"\x00stand-in-{counter}\x00"
        else:
            raise TypeError(f"cannot bind {type(example).__name__} as a compiled value")
        where[stand_in] = place
        return stand_in

    for name, value in values.items():
        if isinstance(value, list):
            stand_ins[name] = [fresh(item, (name, i)) for i, item in enumerate(value)]
        else:
            stand_ins[name] = fresh(value, (name, None))
    return stand_ins, where


def _adapter(connection) -> Callable[[Any], Any]:
    """How the ORM turns a value into a parameter on this database."""
    adapt_datetime = connection.ops.adapt_datetimefield_value

    def adapt(value: Any) -> Any:
        return adapt_datetime(value) if isinstance(value, datetime) else value

    return adapt


def _convert(row: Sequence, converters: list, connection) -> tuple:
    row = list(row)
    for position, (functions, expression) in converters:
        value = row[position]
        for function in functions:
            value = function(value, expression, connection)
        row[position] = value
    return tuple(row)

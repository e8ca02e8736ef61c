"""The production settings, with bench/floor.py's URLs in front of the site's."""

from newsroom.settings import *  # noqa: F403

ROOT_URLCONF = "bench.floor"

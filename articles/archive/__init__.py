"""Getting stories in and out of the newsroom in bulk.

``pages`` reads scraped article pages into plain data, ``titles`` matches
headlines to stories, ``importer`` writes pages to the database, ``photos``
finds or makes the photo files, and ``jsonl`` is the lossless export/import
format (see docs/export-format.md).
"""

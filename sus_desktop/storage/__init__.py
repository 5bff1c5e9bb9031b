"""Persistence: the SQLite store in the user's data folder and the portable `*.sus.json` file.

Nothing here imports Qt: the store and the file format are tested without a display.
"""

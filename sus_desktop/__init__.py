"""SUS Desktop: runs a skoleudviklingssamtale live and writes its minutes."""

__version__ = "0.1.0"
APP_NAME = "SUS Desktop"
APP_ID = "sus-desktop"

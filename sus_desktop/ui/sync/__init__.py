"""The window's part of two laptops in one meeting (issue 15): "Del møde" on the facilitator's
laptop, "Deltag i møde…" on a referent's, and the connection state in the status bar.

The network runs in an asyncio loop on its own thread (bridge.py); the meeting, its Doc and
the update log stay on the Qt thread, which the loop reaches only through queued calls. Like
sus_desktop/sync, nothing here is imported until a meeting is shared or joined.
"""

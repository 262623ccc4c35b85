"""Prefect flows over the timeline library. Each task wraps one library function."""

import os

# Quiet, private defaults for Prefect's embedded server; a user's own settings still win.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_UI_ENABLED", "false")

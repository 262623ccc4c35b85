"""Prefect flows over the timeline library. Each task wraps one library function."""

import os

# Quiet, private defaults for Prefect's embedded server; a user's own settings still win.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_UI_ENABLED", "false")
# The embedded server migrates a fresh database on its first start; on a slow or busy
# machine that outlasts Prefect's 20 s default and the run would fail before it begins.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

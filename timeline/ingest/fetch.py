"""Fetching a URL over http(s): timeouts, a size limit, no other scheme."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from timeline.errors import IngestError

ALLOWED_SCHEMES: tuple[str, ...] = ("http", "https")
_MAX_REDIRECTS = 5  # news sites redirect once or twice (http -> https, -> canonical)
_USER_AGENT = "timeline/0.1 (news timeline builder)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """A fetched document: its bytes and what the server said they are."""

    url: str  # the final URL, after redirects
    data: bytes
    content_type: str | None = None  # media type without parameters, lower case
    charset: str | None = None  # the charset parameter of Content-Type, if any


def is_url(source: str) -> bool:
    """True when ``source`` is written as a URL (``scheme://...``), allowed or not."""
    return "://" in source and bool(urlsplit(source).scheme)


def check_url(url: str) -> None:
    """Raise :class:`IngestError` unless ``url`` is an http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise IngestError(
            url,
            f"refused the {parts.scheme!r} scheme: only {' and '.join(ALLOWED_SCHEMES)} URLs "
            "are fetched (give local files as paths)",
        )
    if not parts.hostname:
        raise IngestError(url, "no host in the URL")


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET ``url``. Raises :class:`IngestError` naming it on any failure.

    ``timeout`` bounds each connect and read and the whole download; a body larger than
    ``max_bytes`` is refused without being read to the end.
    """
    import httpx

    check_url(url)
    deadline = time.monotonic() + timeout
    try:
        with (
            httpx.Client(
                timeout=httpx.Timeout(timeout),
                follow_redirects=True,
                max_redirects=_MAX_REDIRECTS,
                headers={"User-Agent": _USER_AGENT},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise IngestError(
                    url, f"the server answered HTTP {response.status_code} {response.reason_phrase}"
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(url, _too_big(int(declared), max_bytes))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(url, _too_big(size, max_bytes, at_least=True))
                if time.monotonic() > deadline:
                    raise IngestError(url, f"timed out: the download took over {timeout:g} s")
                chunks.append(chunk)
            media, _, params = response.headers.get("content-type", "").partition(";")
            charset = None
            for param in params.split(";"):
                key, _, value = param.strip().partition("=")
                if key.lower() == "charset" and value:
                    charset = value.strip("\"' ")
            return Fetched(
                url=str(response.url),
                data=b"".join(chunks),
                content_type=media.strip().lower() or None,
                charset=charset,
            )
    except httpx.TimeoutException:
        raise IngestError(url, f"timed out after {timeout:g} s (set a longer timeout)") from None
    except httpx.TooManyRedirects:
        raise IngestError(url, f"more than {_MAX_REDIRECTS} redirects") from None
    except httpx.UnsupportedProtocol as exc:
        raise IngestError(url, f"refused redirect: {exc}") from None
    except httpx.HTTPError as exc:
        raise IngestError(url, f"unreachable: {exc or type(exc).__name__}") from None


def _too_big(size: int, limit: int, *, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return (
        f"too large: {more}{size / 1048576:.1f} MiB, the limit is {limit / 1048576:.1f} MiB "
        "(max_fetch_bytes)"
    )

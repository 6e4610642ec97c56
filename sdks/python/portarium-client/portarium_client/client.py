"""Clients that hold the connection settings shared by every call."""

import asyncio
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import attrs
import httpx

if TYPE_CHECKING:
    from typing_extensions import Self


def _default_timeout() -> httpx.Timeout:
    return httpx.Timeout(30.0, connect=10.0)


def _header_names(headers: Mapping[str, str]) -> str:
    return repr(sorted(headers))


@attrs.define
class Client:
    """A client for the API's unauthenticated calls.

    Args:
        base_url: The API's root, e.g. `"https://api.example.com"`; operation paths
            are appended to it.
        headers: Extra headers sent with every request. They override the
            authentication header, so `with_headers` can swap in a new token.
        cookies: Cookies sent with every request.
        timeout: The httpx timeout of each attempt (default 30 s, 10 s to connect).
        verify_ssl: Whether to verify the server's TLS certificate, or a CA bundle
            path or `ssl.SSLContext` to verify it with.
        follow_redirects: Whether to follow redirects.
        workspace_id: When set, sent as `X-Workspace-Id` on every call.
        max_retries: How many times a failed call is retried (connection errors,
            408, 429 and 5xx), with exponential backoff that honours `Retry-After`.
            POST and PATCH are retried only when the operation takes an
            idempotency key.
        httpx_args: Extra keyword arguments for the `httpx.Client` /
            `httpx.AsyncClient` this client builds.
        httpx_client: An `httpx.Client` to use instead of building one. Its own
            cookies, TLS, redirect and transport settings then apply; base_url,
            authentication, headers, workspace_id, timeout and retries still come
            from this client, as they are applied to each request.
        async_httpx_client: The same for `httpx.AsyncClient`.
        sleep: How to wait between retries (`time.sleep`); tests replace it.
        async_sleep: How to wait between retries in async calls (`asyncio.sleep`).

    Use it as a context manager (`with` or `async with`) to close its connections
    at the end, or call `close` / `aclose`. Copies made by `with_headers` and
    `with_timeout` share the httpx clients the original was given or has built
    (headers and timeout are applied per request), so closing one closes both.
    """

    base_url: str
    headers: dict[str, str] = attrs.field(
        factory=dict, kw_only=True, repr=_header_names
    )
    cookies: dict[str, str] = attrs.field(factory=dict, kw_only=True, repr=False)
    timeout: httpx.Timeout = attrs.field(factory=_default_timeout, kw_only=True)
    verify_ssl: bool | str | ssl.SSLContext = attrs.field(default=True, kw_only=True)
    follow_redirects: bool = attrs.field(default=False, kw_only=True)
    workspace_id: str | None = attrs.field(default=None, kw_only=True)
    max_retries: int = attrs.field(default=2, kw_only=True)
    httpx_args: dict[str, Any] = attrs.field(factory=dict, kw_only=True, repr=False)
    _httpx_client: httpx.Client | None = attrs.field(
        default=None, kw_only=True, alias="httpx_client", repr=False
    )
    _async_httpx_client: httpx.AsyncClient | None = attrs.field(
        default=None, kw_only=True, alias="async_httpx_client", repr=False
    )
    sleep: Callable[[float], None] = attrs.field(
        default=time.sleep, kw_only=True, repr=False
    )
    async_sleep: Callable[[float], Awaitable[None]] = attrs.field(
        default=asyncio.sleep, kw_only=True, repr=False
    )

    def request_headers(self) -> dict[str, str]:
        """The headers this client adds to every request."""
        headers = self._auth_headers()
        if self.workspace_id is not None:
            headers["X-Workspace-Id"] = self.workspace_id
        headers.update(self.headers)
        return headers

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def with_headers(self, headers: Mapping[str, str]) -> "Self":
        """Return a copy that also sends `headers`, overriding those of the same name."""
        return attrs.evolve(self, headers={**self.headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> "Self":
        """Return a copy with another timeout."""
        return attrs.evolve(self, timeout=timeout)

    def with_cookies(self, cookies: Mapping[str, str]) -> "Self":
        """Return a copy that also sends `cookies`.

        Cookies belong to the connection pool, so the copy builds its own pools; an
        injected httpx client is not carried over.
        """
        return attrs.evolve(
            self,
            cookies={**self.cookies, **cookies},
            httpx_client=None,
            async_httpx_client=None,
        )

    def set_httpx_client(self, client: httpx.Client) -> "Self":
        """Use `client` for sync calls instead of the one this client would build."""
        self._httpx_client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx client for sync calls, built on first use."""
        if self._httpx_client is None:
            self._httpx_client = httpx.Client(
                cookies=self.cookies,
                verify=self.verify_ssl,
                follow_redirects=self.follow_redirects,
                **self.httpx_args,
            )
        return self._httpx_client

    def set_async_httpx_client(self, client: httpx.AsyncClient) -> "Self":
        """Use `client` for async calls instead of the one this client would build."""
        self._async_httpx_client = client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx client for async calls, built on first use."""
        if self._async_httpx_client is None:
            self._async_httpx_client = httpx.AsyncClient(
                cookies=self.cookies,
                verify=self.verify_ssl,
                follow_redirects=self.follow_redirects,
                **self.httpx_args,
            )
        return self._async_httpx_client

    def close(self) -> None:
        """Close the sync connection pool."""
        if self._httpx_client is not None:
            self._httpx_client.close()

    async def aclose(self) -> None:
        """Close the async connection pool."""
        if self._async_httpx_client is not None:
            await self._async_httpx_client.aclose()

    def __enter__(self) -> "Self":
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc, traceback)

    async def __aenter__(self) -> "Self":
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc, traceback)


@attrs.define
class AuthenticatedClient(Client):
    """A client that sends `Authorization: Bearer {token}` with every request.

    Args:
        token: The bearer token. It never appears in `repr()` or in logs.
        prefix: The scheme before the token (`"Bearer"`); empty sends the bare token.
        auth_header_name: The header that carries the token (`"Authorization"`).

    The other arguments are those of `Client`.

    Refreshing the token is the caller's job: when it expires, create a new client,
    or take a copy with `client.with_headers({"Authorization": f"Bearer {new}"})`.
    """

    token: str = attrs.field(repr=False)
    prefix: str = attrs.field(default="Bearer", kw_only=True)
    auth_header_name: str = attrs.field(default="Authorization", kw_only=True)

    def _auth_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}

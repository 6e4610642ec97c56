"""Running one async call from a sync test."""

import asyncio

import httpx
from rtpkg import _http
from rtpkg.client import Client


def run_asend(client: Client, request: _http.ApiRequest) -> httpx.Response:
    """`asend` in a fresh event loop, closing the client's async pool afterwards."""

    async def call() -> httpx.Response:
        async with client:
            return await _http.asend(client, request)

    return asyncio.run(call())

"""UNSET, File and Response."""

import io
from http import HTTPStatus

import httpx
from rtpkg.types import UNSET, File, Response, Unset


def test_unset_is_falsy_and_reads_as_unset():
    assert not UNSET
    assert repr(UNSET) == "UNSET"
    assert isinstance(UNSET, Unset)


def test_file_to_tuple_is_what_httpx_uploads():
    payload = io.BytesIO(b"data")
    file = File(payload=payload, file_name="a.bin", mime_type="application/x")

    assert file.to_tuple() == ("a.bin", payload, "application/x")
    request = httpx.Request("POST", "http://h/", files={"f": file.to_tuple()})
    body = request.read()
    assert b'filename="a.bin"' in body
    assert b"Content-Type: application/x" in body


def test_response_is_frozen_and_generic():
    response = Response[int](
        status_code=HTTPStatus.OK, content=b"1", headers=httpx.Headers(), parsed=1
    )

    assert response.parsed == 1
    assert response.status_code == 200

"""UNSET, File and Response."""

import datetime
import io
from http import HTTPStatus

import httpx
import pytest
from rtpkg.types import UNSET, File, Response, Unset, format_datetime


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


def test_format_datetime_keeps_the_offset_and_refuses_naive_values():
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    aware = datetime.datetime(2026, 3, 1, 9, 30, tzinfo=plus_two)
    assert format_datetime(aware) == "2026-03-01T09:30:00+02:00"
    with pytest.raises(ValueError, match="no timezone"):
        format_datetime(datetime.datetime(2026, 3, 1, 9, 30))

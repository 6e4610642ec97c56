"""UNSET, File and Response."""

import datetime
import io
from http import HTTPStatus

import httpx
import pytest
from rtpkg.types import (
    UNSET,
    File,
    Response,
    Unset,
    format_datetime,
    parse_date,
    parse_datetime,
)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2026-03-01T09:30:00Z",
            datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.timezone.utc),
        ),
        (
            "2026-03-01T09:30:00.250+02:00",
            datetime.datetime(
                2026, 3, 1, 9, 30, 0, 250000, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
            ),
        ),
        # Two fractional digits: not for Python 3.10's fromisoformat, so dateutil reads it.
        (
            "2026-03-01T09:30:00.25Z",
            datetime.datetime(2026, 3, 1, 9, 30, 0, 250000, tzinfo=datetime.timezone.utc),
        ),
    ],
)
def test_parse_datetime_reads_rfc3339(text, expected):
    assert parse_datetime(text) == expected


def test_parse_date_reads_iso_dates_and_refuses_garbage():
    assert parse_date("2026-03-01") == datetime.date(2026, 3, 1)
    assert parse_date("20260301") == datetime.date(2026, 3, 1)
    with pytest.raises(ValueError):
        parse_date("first of March")

"""Error classes, problem parsing and Retry-After, from real server responses."""

import email.utils
import time

import httpx
import pytest
from rtpkg import _http, errors
from rtpkg.client import Client

from calls import run_asend
from fakeserver import FakeServer, Reply


def fetch_error(server: FakeServer, reply: Reply) -> errors.ApiError:
    server.on("GET", "/thing", reply)
    client = Client(server.url, max_retries=0)
    response = _http.send(client, _http.ApiRequest(method="GET", path="/thing"))
    return errors.error_for_response(response)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (412, errors.PreconditionFailedError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (599, errors.InternalServerError),
        (405, errors.UnexpectedStatus),
        (418, errors.UnexpectedStatus),
        (302, errors.UnexpectedStatus),
    ],
)
def test_each_status_gets_its_error_class(server: FakeServer, status, error_class):
    error = fetch_error(server, Reply.problem(status, "Oops", "it broke"))

    assert type(error) is error_class
    assert isinstance(error, errors.ApiError)
    assert isinstance(error, errors.RtpkgError)
    assert error.status_code == status
    assert error.problem is not None
    assert error.problem.detail == "it broke"


def test_problem_members_and_extensions_are_parsed(server: FakeServer):
    reply = Reply.problem(
        422,
        "Validation failed",
        "workflowId is required",
        type="https://portarium.example.com/problems/validation",
        instance="/runs/r1",
        errors=[{"field": "workflowId", "code": "required"}],
        traceId="abc",
    )

    error = fetch_error(server, reply)

    assert error.problem == errors.Problem(
        type="https://portarium.example.com/problems/validation",
        title="Validation failed",
        status=422,
        detail="workflowId is required",
        instance="/runs/r1",
        extensions={
            "errors": [{"field": "workflowId", "code": "required"}],
            "traceId": "abc",
        },
    )
    assert str(error) == "HTTP 422 Validation failed: workflowId is required"


def test_plain_json_object_is_read_as_a_problem(server: FakeServer):
    error = fetch_error(server, Reply.json({"detail": "no such run"}, status=404))

    assert error.problem is not None
    assert error.problem.type == "about:blank"
    assert error.problem.detail == "no such run"
    assert str(error) == "HTTP 404 Not Found: no such run"


def test_problem_members_of_the_wrong_type_are_ignored():
    problem = errors.Problem.from_dict(
        {"type": 7, "title": ["x"], "status": "500", "detail": None, "n": True}
    )

    assert problem == errors.Problem(extensions={"n": True})


def test_non_json_error_body_is_kept(server: FakeServer):
    html = b"<html><body>Bad gateway from the proxy</body></html>"
    reply = Reply(status=502, body=html, headers={"Content-Type": "text/html"})

    error = fetch_error(server, reply)

    assert isinstance(error, errors.InternalServerError)
    assert error.problem is None
    assert error.response.content == html
    assert "HTTP 502 Bad Gateway" in str(error)
    assert "Bad gateway from the proxy" in str(error)


def test_malformed_json_error_body_is_kept(server: FakeServer):
    reply = Reply(
        status=400,
        body=b'{"title": "trunc',
        headers={"Content-Type": "application/json"},
    )

    error = fetch_error(server, reply)

    assert error.problem is None
    assert error.response.text == '{"title": "trunc'
    assert str(error) == 'HTTP 400 Bad Request: {"title": "trunc'


def test_long_error_body_is_shortened_in_the_message(server: FakeServer):
    error = fetch_error(server, Reply(status=500, body=b"x" * 1000))

    assert len(str(error)) < 300
    assert error.response.content == b"x" * 1000


def test_empty_error_body_gives_the_status_line(server: FakeServer):
    error = fetch_error(server, Reply(status=409))

    assert str(error) == "HTTP 409 Conflict"


def test_unknown_status_without_body_gives_the_status(server: FakeServer):
    error = fetch_error(server, Reply(status=599))

    assert isinstance(error, errors.InternalServerError)
    assert str(error) == "HTTP 599"


def test_rate_limit_error_reads_retry_after_seconds(server: FakeServer):
    reply = Reply.problem(429, "Slow down", headers={"Retry-After": "7"})

    error = fetch_error(server, reply)

    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after == 7.0


def test_rate_limit_error_reads_retry_after_http_date(server: FakeServer):
    in_two_minutes = email.utils.formatdate(time.time() + 120, usegmt=True)
    reply = Reply.problem(429, "Slow down", headers={"Retry-After": in_two_minutes})

    error = fetch_error(server, reply)

    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after is not None
    assert 100 < error.retry_after <= 120


def test_rate_limit_error_without_retry_after(server: FakeServer):
    error = fetch_error(server, Reply.problem(429, "Slow down"))

    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after is None


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "-3"}, None),
        ({"Retry-After": "inf"}, None),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
        ({}, None),
    ],
)
def test_parse_retry_after(headers, expected):
    assert errors.parse_retry_after(httpx.Headers(headers)) == expected


def test_only_errors_py_names_the_base_error(package_dir):
    from conftest import BASE_ERROR, RUNTIME_DIR

    mentions = [path.name for path in RUNTIME_DIR.glob("*.py") if BASE_ERROR in path.read_text()]
    assert mentions == ["errors.py"]
    assert BASE_ERROR not in (package_dir / "errors.py").read_text()


def test_async_error_keeps_a_non_json_body(server: FakeServer):
    server.on("GET", "/thing", Reply(status=403, body=b"denied by proxy"))
    request = _http.ApiRequest(method="GET", path="/thing")

    response = run_asend(Client(server.url), request)
    error = errors.error_for_response(response)

    assert isinstance(error, errors.PermissionDeniedError)
    assert error.response.text == "denied by proxy"
    assert str(error) == "HTTP 403 Forbidden: denied by proxy"

"""The fake server's routing, which the SDK's end-to-end tests rely on too."""

import httpx

from fakeserver import FakeServer, Recorded, Reply


def test_route_templates_capture_decoded_segments(server: FakeServer):
    def echo(request: Recorded) -> Reply:
        return Reply.json(request.path_params)

    server.on("GET", "/workspaces/{workspaceId}/runs/{runId}", echo)

    response = httpx.get(server.url + "/workspaces/ws%2F1/runs/r-1?x=1")

    assert response.json() == {"workspaceId": "ws/1", "runId": "r-1"}
    assert server.requests[0].path_params == {"workspaceId": "ws/1", "runId": "r-1"}
    assert server.requests[0].query == {"x": ["1"]}


def test_templates_do_not_match_across_segments(server: FakeServer):
    server.on("GET", "/runs/{runId}", Reply.json({}))

    assert httpx.get(server.url + "/runs/a/b").status_code == 404
    assert httpx.post(server.url + "/runs/a").status_code == 404


def test_replies_are_used_in_turn_and_the_last_repeats(server: FakeServer):
    server.on("GET", "/x", Reply(status=500), Reply(status=201))

    statuses = [httpx.get(server.url + "/x").status_code for _ in range(3)]

    assert statuses == [500, 201, 201]
